// A request's query string against its operation's declared query options, in the words
// every input uses (`query option $top: must be integer`); the CLI's .http check adds where
// on the request line each option is written.
import { type OperationEntry, validateQuery } from "../validate/index.js";
import { pointerTokens } from "../validate/pointer.js";

export interface QueryProblem {
  /** The query option's name (`$top`), as the contract spells it. */
  name: string;
  message: string;
}

export function queryProblems(operation: OperationEntry, target: string): QueryProblem[] {
  const result = validateQuery(operation.operationId, target);
  return result.issues.map((issue) => {
    const [name = "", item] = pointerTokens(issue.pointer);
    const where = item === undefined ? name : `${name} (item ${Number(item) + 1})`;
    return { name, message: issue.keyword === "query" ? issue.message : `query option ${where}: ${issue.message}` };
  });
}
