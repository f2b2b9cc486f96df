// The apiconnectors Redocly plugin: the project's own lint rules (see README.md).
import type { Plugin } from "@redocly/openapi-core";
import { DiscriminatorBranchRequiresTag } from "./rules/discriminator-branch-requires-tag.js";
import { DiscriminatorMappingMatchesTag } from "./rules/discriminator-mapping-matches-tag.js";
import { SecretPropertyWriteOnly } from "./rules/secret-property-write-only.js";

export const RULES = {
  "discriminator-mapping-matches-tag": DiscriminatorMappingMatchesTag,
  "discriminator-branch-requires-tag": DiscriminatorBranchRequiresTag,
  "secret-property-write-only": SecretPropertyWriteOnly,
};

export default function apiconnectorsPlugin(): Plugin {
  return { id: "apiconnectors", rules: { oas3: RULES } };
}
