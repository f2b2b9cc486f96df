// The apiconnectors Redocly plugin: the project's own lint rules (see README.md).
import DiscriminatorBranchRequiresTag from "./rules/discriminator-branch-requires-tag.js";
import DiscriminatorMappingMatchesTag from "./rules/discriminator-mapping-matches-tag.js";
import SecretPropertyWriteOnly from "./rules/secret-property-write-only.js";

export default function apiconnectorsPlugin() {
  return {
    id: "apiconnectors",
    rules: {
      oas3: {
        "discriminator-mapping-matches-tag": DiscriminatorMappingMatchesTag,
        "discriminator-branch-requires-tag": DiscriminatorBranchRequiresTag,
        "secret-property-write-only": SecretPropertyWriteOnly,
      },
    },
  };
}
