// A request's query string against its operation's declared query parameters, as findings on
// the request line: the column is where the option is written.
import { type OperationEntry, validateQuery } from "../../validate/index.js";
import { pointerTokens } from "../../validate/pointer.js";
import type { Finding } from "./model.js";

/** Where `name=` is written on the request line (1-based), or the line's start. */
function columnOf(requestLine: string, name: string): number {
  const question = requestLine.indexOf("?");
  if (question === -1) return 1;
  const query = requestLine.slice(question).toLowerCase();
  const match = new RegExp(`[?&]${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}=?`).exec(query);
  return match ? question + match.index + 2 : question + 1;
}

export function queryFindings(
  operation: OperationEntry,
  target: string,
  requestLine: string,
  line: number,
  columnShift: number,
): Finding[] {
  const result = validateQuery(operation.operationId, target);
  return result.issues.map((issue) => {
    const [name = "", item] = pointerTokens(issue.pointer);
    const where = item === undefined ? name : `${name} (item ${Number(item) + 1})`;
    const message = issue.keyword === "query" ? issue.message : `query option ${where}: ${issue.message}`;
    return {
      pointer: "",
      keyword: "query",
      severity: "error",
      message,
      line,
      column: columnOf(requestLine, name) + columnShift,
    };
  });
}
