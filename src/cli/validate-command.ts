// apiconnectors validate [FILE...] --operation OP (--request | --response STATUS) [--format text|json]
import { parseArgs } from "node:util";
import { findOperation, listOperations, validateRequest, validateResponse } from "../validate/index.js";
import type { CommandIO } from "./io.js";
import { readPayloads } from "./payloads.js";
import { FORMATS, renderJson, renderText, type Format, type PayloadResult } from "./report.js";
import { EXIT_INVALID, EXIT_OK, UsageError } from "./usage-error.js";

export const VALIDATE_USAGE = `Usage: apiconnectors validate [FILE...] --operation OP (--request | --response STATUS) [--format text|json]

Validates JSON payloads against the apiConnectors contract.

  FILE                 a JSON file, "-" for stdin (the default), or a .ndjson file with one payload per line
  --operation, -o OP   an operationId (createIdentityApiConnector) or "METHOD /path" ("POST /identity/apiConnectors")
  --request            the payloads are request bodies
  --response STATUS    the payloads are response bodies of this HTTP status (an empty file is a body-less response)
  --format, -f FORMAT  text (default) or json

Exit codes: 0 every payload conforms, 1 at least one does not, 2 the command could not run as asked.`;

export type { CommandIO } from "./io.js";

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        operation: { type: "string", short: "o" },
        request: { type: "boolean", default: false },
        response: { type: "string" },
        format: { type: "string", short: "f", default: "text" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function runValidate(argv: readonly string[], io: CommandIO): number {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout(`${VALIDATE_USAGE}\n`);
    return EXIT_OK;
  }
  if (!values.operation) throw new UsageError("--operation is required");
  const operation = findOperation(values.operation);
  if (!operation) {
    const known = listOperations().map((op) => `  ${op.operationId}  (${op.method} ${op.path})`);
    throw new UsageError(`unknown operation "${values.operation}"; known operations:\n${known.join("\n")}`);
  }
  if (values.request === (values.response !== undefined)) throw new UsageError("give exactly one of --request and --response STATUS");
  if (values.response !== undefined && !/^[1-5][0-9][0-9]$/.test(values.response)) {
    throw new UsageError(`--response takes an HTTP status such as 201, got "${values.response}"`);
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${values.format}"`);

  const payloads = readPayloads(positionals.length ? positionals : ["-"]);
  const results: PayloadResult[] = payloads.map((payload) => {
    if (payload.parseError !== undefined) {
      return { payload, valid: false, issues: [{ pointer: "", keyword: "json", message: payload.parseError }] };
    }
    const result = values.request
      ? validateRequest(operation.operationId, payload.body)
      : validateResponse(operation.operationId, values.response ?? "", payload.body);
    return { payload, ...result };
  });

  io.stdout(
    format === "json"
      ? renderJson(results, {
          operation: operation.operationId,
          direction: values.request ? "request" : "response",
          ...(values.response ? { status: values.response } : {}),
        })
      : renderText(results, operation.operationId),
  );
  return results.every((result) => result.valid) ? EXIT_OK : EXIT_INVALID;
}
