// Graph's docs names for an operation's page: `identityapiconnector-create.md`, titled
// "Create identityApiConnector"; a bound action gets `identityapiconnector-<action>.md`,
// titled "identityApiConnector: <action>" (the convention of microsoft-graph-docs-contrib).
import { graphTypeOf } from "./graph-types.js";
import type { SpecOperation } from "./spec.js";

export interface PageNames {
  /** The file in `api/`. */
  file: string;
  title: string;
  /** ApiDoctor's name stem for the page's examples and permissions, e.g. `create_identityapiconnector`. */
  stem: string;
}

const CRUD = /^(create|list|get|update|delete)([A-Z][A-Za-z]*?)s?$/;

export function pageNames(operation: SpecOperation, entityType = "identityApiConnector"): PageNames {
  const crud = CRUD.exec(operation.operationId);
  const typeFile = entityType.toLowerCase();
  if (crud?.[1] && crud[2] && graphTypeOf(lowerFirst(crud[2])) === entityType) {
    const verb = crud[1];
    const title = `${verb[0]?.toUpperCase()}${verb.slice(1)} ${entityType}${verb === "list" ? "s" : ""}`;
    return { file: `${typeFile}-${verb}.md`, title, stem: `${verb}_${typeFile}` };
  }
  // A bound action: the last path segment names it.
  const action = operation.path.split("/").pop() ?? operation.operationId;
  return {
    file: `${typeFile}-${action.toLowerCase()}.md`,
    title: `${entityType}: ${action}`,
    stem: `${typeFile}_${action.toLowerCase()}`,
  };
}

const lowerFirst = (text: string) => `${text[0]?.toLowerCase() ?? ""}${text.slice(1)}`;
