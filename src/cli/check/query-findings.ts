// A request's query string against its operation's declared query parameters, as findings on
// the request line: the column is where the option is written.
import { queryProblems } from "../../traffic/index.js";
import type { OperationEntry } from "../../validate/index.js";
import type { Finding } from "./model.js";

/** Where the option `name` is written on the request line (1-based), or the query's start. */
function columnOf(requestLine: string, name: string): number {
  const question = requestLine.indexOf("?");
  if (question === -1) return 1;
  const line = requestLine.toLowerCase();
  const wanted = name.toLowerCase();
  for (let at = line.indexOf(wanted, question); at !== -1; at = line.indexOf(wanted, at + 1)) {
    const before = line.charAt(at - 1);
    const after = line.charAt(at + wanted.length);
    if ((before === "?" || before === "&") && (after === "=" || after === "&" || after === "")) return at + 1;
  }
  return question + 1;
}

export function queryFindings(
  operation: OperationEntry,
  target: string,
  requestLine: string,
  line: number,
  columnShift: number,
): Finding[] {
  return queryProblems(operation, target).map(({ name, message }) => ({
    pointer: "",
    keyword: "query",
    severity: "error",
    message,
    line,
    column: columnOf(requestLine, name) + columnShift,
  }));
}
