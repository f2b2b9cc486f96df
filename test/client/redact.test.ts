// redact.ts on its own: which secrets a request body holds, every form an echo of one takes
// (as sent, JSON-escaped once or twice, URL-encoded, base64 padded or not, base64url, in any
// letter case, cut short), where a short one counts, and how overlapping echoes are masked.
import { describe, expect, it } from "vitest";
import { collectSecrets, REDACTED, redactText, redactValue } from "../../src/client/redact.js";

const R = REDACTED;

describe("collectSecrets", () => {
  it("finds the non-empty secret members at any depth, in arrays, in any letter case", () => {
    const body = {
      displayName: "x",
      authenticationConfiguration: { username: "u", password: "pw-1", Pkcs12Value: "MIIK" },
      list: [{ PASSWORD: "pw-2" }, { password: "" }, { password: 5 }],
    };
    expect(collectSecrets(body)).toEqual(["pw-1", "MIIK", "pw-2"]);
  });
  it("looks inside a secret member that is not a string", () => {
    expect(collectSecrets({ password: { password: "inner" } })).toEqual(["inner"]);
  });
  it("takes the user info of URLs in any string", () => {
    expect(collectSecrets({ targetUrl: "https://svc:hunter2@api.contoso.com/x", note: ["see http://a:b@c"] })).toEqual([
      "svc:hunter2",
      "hunter2",
      "a:b",
      "b",
    ]);
  });
  it("finds nothing in scalars and null", () => {
    expect(collectSecrets(null)).toEqual([]);
    expect(collectSecrets(42)).toEqual([]);
    expect(collectSecrets(undefined)).toEqual([]);
  });
});

describe("redactText", () => {
  const secret = 'Pa"ss/wörd+ü?x=1&y';
  const b64 = Buffer.from(secret).toString("base64");
  const forms: { name: string; echo: string }[] = [
    { name: "as sent", echo: secret },
    { name: "JSON-escaped", echo: JSON.stringify(secret).slice(1, -1) },
    { name: "JSON-escaped twice", echo: JSON.stringify(JSON.stringify(secret).slice(1, -1)).slice(1, -1) },
    { name: "URL-encoded", echo: encodeURIComponent(secret) },
    { name: "base64", echo: b64 },
    { name: "base64url", echo: Buffer.from(secret).toString("base64url") },
    { name: "in upper case", echo: secret.toUpperCase() },
  ];
  it.each(forms)("masks an echo $name", ({ echo }) => {
    expect(redactText(`before ${echo} after`, [secret])).toBe(`before ${R} after`);
  });

  it("masks unpadded base64, and padded base64 whole", () => {
    // Its base64 holds "/" and padding, so neither the unpadded form nor base64url stands for the other.
    const secret = "ÿÿÿ-secret-ÿ";
    const padded = Buffer.from(secret).toString("base64");
    expect(padded).toBe("w7/Dv8O/LXNlY3JldC3Dvw==");
    expect(redactText(`a ${padded} b`, [secret])).toBe(`a ${R} b`);
    expect(redactText(`a ${padded.replace(/=+$/, "")} b`, [secret])).toBe(`a ${R} b`);
  });

  it("masks exactly the echo of a secret too short to be caught cut short", () => {
    expect(redactText("x hunter22abc y", ["hunter22abc"])).toBe(`x ${R} y`);
    expect(redactText("x hunter22abcd y", ["hunter22abcd"])).toBe(`x ${R} y`);
  });

  it("masks every echo, not only the first", () => {
    expect(redactText("hunter22 and hunter22", ["hunter22"])).toBe(`${R} and ${R}`);
  });

  it("masks a long secret cut short, from its first 12 characters to where it stops matching", () => {
    const long = "correct-horse-battery-staple";
    expect(redactText(`got "${long.slice(0, 12)}" only`, [long])).toBe(`got "${R}" only`);
    expect(redactText(`got ${long.slice(0, 20)}XYZ`, [long])).toBe(`got ${R}XYZ`);
    expect(redactText(`got ${long.slice(0, 11)} only`, [long])).toBe(`got ${long.slice(0, 11)} only`);
  });

  it("masks a cut-short echo in another letter case", () => {
    const long = "Correct-Horse-Battery";
    expect(redactText(`got ${long.slice(0, 15).toUpperCase()}!`, [long])).toBe(`got ${R}!`);
  });

  it("catches a 13-character secret cut short to 12", () => {
    expect(redactText("x abcdefghijkl-and-more", ["abcdefghijklZ"])).toBe(`x ${R}-and-more`);
    expect(redactText("x abcdefghijk-and-more", ["abcdefghijklZ"])).toBe("x abcdefghijk-and-more");
  });

  it("takes a cut-short echo of a long secret even where it continues a word", () => {
    const long = "correcthorsebatterystaple";
    expect(redactText(`x${long.slice(0, 14)} y`, [long])).toBe(`x${R} y`); // long enough to count anywhere
    expect(redactText(`${long.slice(0, 14)} y`, [long])).toBe(`${R} y`);
  });

  describe("a short secret (under 8 characters) counts only where it stands alone", () => {
    const cases: { text: string; secret: string; want: string }[] = [
      { text: "Request_BadRequest: Request failed", secret: "Request", want: `Request_BadRequest: ${R} failed` },
      { text: "pp p pa", secret: "p", want: `pp ${R} pa` },
      { text: "p", secret: "p", want: R },
      { text: "xp", secret: "p", want: "xp" },
      { text: "px", secret: "p", want: "px" },
      { text: "(p)", secret: "p", want: `(${R})` },
      { text: "9p", secret: "p", want: "9p" },
      { text: "p9", secret: "p", want: "p9" },
      { text: "Zp", secret: "p", want: "Zp" },
      { text: "pZ", secret: "p", want: "pZ" },
      { text: "_p_", secret: "p", want: "_p_" },
      { text: "-p-", secret: "p", want: `-${R}-` },
      // The edges of [0-9A-Za-z_] continue a word; the characters just outside them do not.
      ...["0", "9", "A", "Z", "a", "z", "_"].flatMap((c) => [
        { text: `${c}p`, secret: "p", want: `${c}p` },
        { text: `p${c}`, secret: "p", want: `p${c}` },
      ]),
      ...["/", ":", "@", "[", "`", "{"].flatMap((c) => [
        { text: `${c}p`, secret: "p", want: `${c}${R}` },
        { text: `p${c}`, secret: "p", want: `${R}${c}` },
      ]),
      // Upper-case letters are looked at only where lower-casing would move offsets ("İ").
      ...["A", "Z"].flatMap((c) => [
        { text: `İ ${c}p`, secret: "p", want: `İ ${c}p` },
        { text: `İ p${c}`, secret: "p", want: `İ p${c}` },
      ]),
      ...["@", "["].flatMap((c) => [
        { text: `İ ${c}p`, secret: "p", want: `İ ${c}${R}` },
        { text: `İ p${c}`, secret: "p", want: `İ ${R}${c}` },
      ]),
      { text: "a!b", secret: "!", want: `a${R}b` }, // a secret that is no word character counts inside words
      { text: "abc!!!", secret: "!!", want: `abc${R}` }, // two overlapping echoes, masked as one
      { text: "word1234567", secret: "1234567", want: "word1234567" },
      { text: "word12345678", secret: "12345678", want: `word${R}` }, // 8 characters count anywhere
    ];
    it.each(cases)("$secret in $text", ({ text, secret, want }) => {
      expect(redactText(text, [secret])).toBe(want);
    });
  });

  it("masks overlapping echoes once, as one span, whichever secret is listed first", () => {
    const text = "x hunter22-long-secret y";
    expect(redactText(text, ["hunter22", "hunter22-long-secret"])).toBe(`x ${R} y`);
    expect(redactText(text, ["hunter22-long-secret", "hunter22"])).toBe(`x ${R} y`);
    expect(redactText("x abcdefgh12345678 y", ["abcdefgh1234", "gh12345678"])).toBe(`x ${R} y`);
  });

  it("masks echoes of several secrets wherever each stands, whatever the order of the list", () => {
    expect(redactText("a hunter22 b secret-99 c", ["secret-99", "hunter22"])).toBe(`a ${R} b ${R} c`);
  });

  it("ignores an empty secret (the user info of https://@host)", () => {
    expect(redactText("a b", [""])).toBe("a b");
    expect(redactText("see https://@host/x", collectSecrets("https://@host/x"))).toBe(`see https://${R}@host/x`);
  });

  it("masks two echoes side by side as two", () => {
    expect(redactText("hunter22hunter22", ["hunter22"])).toBe(`${R}${R}`);
  });

  it("keeps text with no secret as it is, and still hides user info", () => {
    expect(redactText("nothing here", [])).toBe("nothing here");
    expect(redactText("see https://svc:pw@host/x", [])).toBe(`see https://${R}@host/x`);
  });

  it("reads an upper-case echo where lower-casing would move offsets", () => {
    // "İ" lower-cases to two code units: matching then runs on the text as it is.
    expect(redactText("İ hunter22 İ", ["hunter22"])).toBe(`İ ${R} İ`);
    expect(redactText("İ HUNTER22 İ", ["hunter22"])).toBe("İ HUNTER22 İ");
  });
});

describe("redactValue", () => {
  it("masks secret members whole, keeps identifiers unless they are an echo, and redacts other text", () => {
    const value = {
      error: {
        code: "hunter22",
        target: "displayName",
        message: "bad hunter22 here",
        "request-id": "r-1",
        details: [{ code: "d", message: "hunter22" }],
        innerError: { password: "anything", count: 3, flag: true, none: null },
      },
    };
    expect(redactValue(value, ["hunter22"])).toEqual({
      error: {
        code: R,
        target: "displayName",
        message: `bad ${R} here`,
        "request-id": "r-1",
        details: [{ code: "d", message: R }],
        innerError: { password: R, count: 3, flag: true, none: null },
      },
    });
  });
  it.each(["code", "target", "@odata.type", "request-id", "client-request-id", "date"])(
    "never rewrites the identifier %s in part: it is masked whole",
    (key) => {
      expect(redactValue({ [key]: "x_hunter22_y" }, ["hunter22"])).toEqual({ [key]: R });
    },
  );
  it("rewrites other text in part", () => {
    expect(redactValue({ message: "x hunter22 y", codes: "x hunter22 y" }, ["hunter22"])).toEqual({
      message: `x ${R} y`,
      codes: `x ${R} y`,
    });
    expect(redactValue("x hunter22 y", ["hunter22"])).toBe(`x ${R} y`);
  });
  it("keeps only a mask made of asterisks alone", () => {
    for (const password of ["pw*", "*pw", "", "* *"]) expect(redactValue({ password }, [])).toEqual({ password: R });
    expect(redactValue({ Password: "*" }, [])).toEqual({ Password: "*" });
  });
  it("never rewrites an identifier in part, and keeps member names as sent", () => {
    expect(redactValue({ code: "x_hunter22_y", hunter22: "v" }, ["hunter22"])).toEqual({ code: R, hunter22: "v" });
    expect(redactValue({ "@odata.type": "#t", date: "2025", "client-request-id": "c" }, ["zz-secret"])).toEqual({
      "@odata.type": "#t",
      date: "2025",
      "client-request-id": "c",
    });
  });
  it("does not take array items for members (an item is never a secret by name)", () => {
    expect(redactValue(["******", "hunter22"], ["hunter22"])).toEqual(["******", R]);
  });
  it("returns a copy", () => {
    const value = { message: "m" };
    expect(redactValue(value, [])).not.toBe(value);
  });
});
