// Output formats of `apiconnectors validate`: `text` for people, `json` for machines.
import type { ValidationIssue } from "../validate/index.js";
import type { Payload } from "./payloads.js";

export interface PayloadResult {
  payload: Payload;
  valid: boolean;
  issues: ValidationIssue[];
}

export type Format = "text" | "json";
export const FORMATS: readonly Format[] = ["text", "json"];

function where(payload: Payload): string {
  return payload.line === undefined ? payload.source : `${payload.source}:${payload.line}`;
}

function summary(results: readonly PayloadResult[]): { passed: number; failed: number } {
  const failed = results.filter((result) => !result.valid).length;
  return { passed: results.length - failed, failed };
}

export function renderText(results: readonly PayloadResult[], operation: string): string {
  const lines: string[] = [];
  for (const { payload, valid, issues } of results) {
    if (valid) {
      lines.push(`ok    ${where(payload)}`);
      continue;
    }
    lines.push(`FAIL  ${where(payload)}`);
    for (const issue of issues) lines.push(`      ${issue.pointer || "(root)"}: ${issue.message}`);
  }
  const { passed, failed } = summary(results);
  lines.push("", `${operation}: ${passed} passed, ${failed} failed`);
  return `${lines.join("\n")}\n`;
}

/** JSON output, format version 1: `{ version, operation, direction, status?, summary, results[] }`. */
export function renderJson(results: readonly PayloadResult[], context: { operation: string; direction: "request" | "response"; status?: string }): string {
  return `${JSON.stringify(
    {
      version: 1,
      ...context,
      summary: summary(results),
      results: results.map(({ payload, valid, issues }) => ({
        file: payload.source,
        ...(payload.line === undefined ? {} : { line: payload.line }),
        valid,
        issues,
      })),
    },
    null,
    2,
  )}\n`;
}
