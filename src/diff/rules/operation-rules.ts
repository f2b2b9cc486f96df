// Every operation check, in the order their findings are reported.
import type { OperationRule } from "../operation-pair.js";
import { operationsRule } from "./operation/operations.js";
import { parametersRule } from "./operation/parameters.js";
import { requestBodyRule } from "./operation/request-body.js";
import { responsesRule } from "./operation/responses.js";
import { securityRule } from "./operation/security.js";

export const OPERATION_RULES: readonly OperationRule[] = [
  operationsRule,
  securityRule,
  parametersRule,
  requestBodyRule,
  responsesRule,
];
