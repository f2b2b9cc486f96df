// redactValue keeps Graph's own password mask (asterisks only: it holds no secret) so that a
// redacted recording of a response still conforms; found when `validate` read back a HAR the
// proxy had recorded and its response failed the mask pattern on "[REDACTED]".
import { describe, expect, it } from "vitest";
import { REDACTED, redactValue } from "../../src/client/redact.js";

describe("redactValue and Graph's password mask", () => {
  const answer = {
    authenticationConfiguration: {
      "@odata.type": "#microsoft.graph.basicAuthentication",
      username: "svc",
      password: "******",
    },
  };

  it("keeps the mask of a response as it is", () => {
    expect(redactValue(answer, [])).toEqual(answer);
  });

  it("still masks a secret member whose value is anything else, or the call's own secret even if it is asterisks", () => {
    const real = { password: "hunter2-secret", pkcs12Value: "MIIK" };
    expect(redactValue(real, [])).toEqual({ password: REDACTED, pkcs12Value: REDACTED });
    expect(redactValue({ password: "****" }, ["****"])).toEqual({ password: REDACTED });
  });
});
