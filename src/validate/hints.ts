// Domain hints for the discriminator values people most often send by mistake (Graph docs
// and the early docs stub; see spec/README.md).

const HINTS: ReadonlyArray<[RegExp, string]> = [
  [/apiAuthenticationConfigurationBase$/, "the abstract base type is never a valid value; name a concrete type"],
  [
    /clientCertificateAuthentication$/,
    "Graph returns clientCertificateAuthentication; to send a certificate use pkcs12Certificate",
  ],
  [/pkcs12Certificate$/, "Graph never returns a pkcs12Certificate; responses carry clientCertificateAuthentication"],
  [/^#?Microsoft\.Cpim\./, "Microsoft.Cpim.* is an internal type name from the early docs stub"],
];

/** A hint for a rejected tag value, given the values that would have been accepted. */
export function discriminatorHint(value: string, allowed: readonly string[]): string | undefined {
  const folded = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (folded) return `type names are case-sensitive: did you mean "${folded}"?`;
  return HINTS.find(([pattern]) => pattern.test(value))?.[1];
}
