// Every schema check, in the order their findings are reported for one place.
import type { SchemaRule } from "../schema-pair.js";
import { additionalPropertiesRule } from "./schema/additional-properties.js";
import { constRule } from "./schema/const.js";
import { discriminatorRule } from "./schema/discriminator.js";
import { enumRule } from "./schema/enum.js";
import { formatRule } from "./schema/format.js";
import { limitsRule } from "./schema/limits.js";
import { patternRule } from "./schema/pattern.js";
import { propertiesRule } from "./schema/properties.js";
import { readWriteOnlyRule } from "./schema/read-write-only.js";
import { requiredRule } from "./schema/required.js";
import { secretInResponseRule } from "./schema/secret-in-response.js";
import { typeRule } from "./schema/type.js";
import { unionRule } from "./schema/union.js";

export const SCHEMA_RULES: readonly SchemaRule[] = [
  typeRule,
  constRule,
  enumRule,
  patternRule,
  formatRule,
  limitsRule,
  requiredRule,
  propertiesRule,
  additionalPropertiesRule,
  readWriteOnlyRule,
  secretInResponseRule,
  discriminatorRule,
  unionRule,
];
