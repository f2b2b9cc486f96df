// Runtime behaviour of the @odata.type guards (their narrowing is proven in client.types.ts).
import { describe, expect, it } from "vitest";
import { isBasicAuthentication, isClientCertificateAuthentication, isPkcs12Certificate } from "../../src/index.js";

type Guard = (value: { "@odata.type": string } | null | undefined) => boolean;
const guards: Record<string, Guard> = { isBasicAuthentication, isPkcs12Certificate, isClientCertificateAuthentication };

describe("authentication type guards", () => {
  const cases: { tag: string | null; want: string | undefined }[] = [
    { tag: "#microsoft.graph.basicAuthentication", want: "isBasicAuthentication" },
    { tag: "microsoft.graph.basicAuthentication", want: "isBasicAuthentication" },
    { tag: "#microsoft.graph.pkcs12Certificate", want: "isPkcs12Certificate" },
    { tag: "microsoft.graph.pkcs12Certificate", want: "isPkcs12Certificate" },
    { tag: "#microsoft.graph.clientCertificateAuthentication", want: "isClientCertificateAuthentication" },
    { tag: "#Microsoft.Graph.BasicAuthentication", want: undefined }, // case-sensitive, as Graph's reader
    { tag: "#microsoft.graph.apiAuthenticationConfigurationBase", want: undefined },
    { tag: "##microsoft.graph.basicAuthentication", want: undefined },
    { tag: null, want: undefined },
  ];
  it.each(cases)("$tag is matched by $want only", ({ tag, want }) => {
    const value = tag === null ? null : { "@odata.type": tag };
    const matched = Object.entries(guards)
      .filter(([, guard]) => guard(value))
      .map(([name]) => name);
    expect(matched).toEqual(want ? [want] : []);
  });

  it("rejects undefined and values without a tag", () => {
    for (const guard of Object.values(guards)) {
      expect(guard(undefined)).toBe(false);
      expect(guard({} as { "@odata.type": string })).toBe(false);
    }
  });
});
