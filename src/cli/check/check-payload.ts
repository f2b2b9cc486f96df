// Checks one JSON payload against its target (operation, direction, status) and places every
// finding in the file: line, column and a code frame. The common case (a well-formed payload
// that conforms) costs JSON.parse, a duplicate-key count and one precompiled validator call;
// the walks over the text that place findings run only for payloads that fail.

import { findDuplicateKeys, hasDuplicateKeys } from "../../json/duplicates.js";
import { lineStarts, positionAt } from "../../json/lines.js";
import { locatePointers } from "../../json/locate.js";
import { maskedRanges, walkJson } from "../../json/walk.js";
import { type ValidationIssue, validateRequest, validateResponse } from "../../validate/index.js";
import { escapePointerToken, valueAt } from "../../validate/pointer.js";
import { codeFrame, type FrameSource } from "./code-frame.js";
import { standInPlaceholders } from "./docs-placeholders.js";
import { validateEmbedded } from "./embedded.js";
import type { Finding } from "./model.js";

/** A payload's text and where it sits in its file. */
export interface PayloadText {
  text: string;
  /** File line of the text's first line. */
  firstLine: number;
  /** Columns to add to every position: a Markdown code block's indentation. */
  columnShift?: number;
}

export interface Target {
  /** An operationId. */
  operation: string;
  direction: "request" | "response";
  /** The HTTP status of a response. */
  status?: string;
  /** A documentation example marked truncated: members may be left out, not be wrong. */
  truncated?: boolean;
  /** The request's `$select`: a response then carries what was selected (validateResponse's `select`). */
  select?: string[];
  /**
   * A docs example: a failing string that holds `{id}`-style placeholders is checked with them
   * stood in for (docs-placeholders.ts), and the pointers of those that then conform are
   * pushed here.
   */
  placeholders?: string[];
}

interface Placed {
  source: FrameSource;
  columnShift: number;
}

function place(
  placed: Placed,
  finding: Omit<Finding, "line" | "column" | "frame">,
  offset: number,
  cutAfter?: number,
): Finding {
  const { line, column } = positionAt(placed.source.starts, offset);
  return {
    ...finding,
    line: placed.source.firstLine + line - 1,
    column: column + placed.columnShift,
    frame: codeFrame(placed.source, offset, cutAfter === undefined ? {} : { cutAfter }),
  };
}

function placedFor(payload: PayloadText, secrets: Array<[number, number]>): Placed {
  return {
    source: { text: payload.text, starts: lineStarts(payload.text), firstLine: payload.firstLine, secrets },
    columnShift: payload.columnShift ?? 0,
  };
}

function quoteKey(key: string): string {
  const quoted = JSON.stringify(key);
  return quoted.length > 80 ? `${quoted.slice(0, 76)}…"` : quoted;
}

function syntaxFinding(payload: PayloadText): Finding {
  const secrets: Array<[number, number]> = [];
  const error = walkJson(payload.text, {
    value: (event) => {
      secrets.push(...maskedRanges(payload.text, event));
    },
  }) ?? { offset: 0, showable: 0, message: "not valid JSON" }; // JSON.parse and the walk disagree: say so without a position
  const placed = placedFor(payload, secrets);
  return place(
    placed,
    { pointer: "", keyword: "json", severity: "error", message: `invalid JSON: ${error.message}` },
    error.offset,
    error.showable,
  );
}

function duplicateFindings(payload: PayloadText, placed: () => Placed): Finding[] {
  return findDuplicateKeys(payload.text).map((duplicate) => {
    const key = duplicate.path[duplicate.path.length - 1] ?? "";
    const pointer = duplicate.path.map((token) => `/${escapePointerToken(token)}`).join("");
    const first = positionAt(placed().source.starts, duplicate.firstKeyOffset);
    const firstAt = `line ${placed().source.firstLine + first.line - 1}, column ${first.column + placed().columnShift}`;
    const message = `property ${quoteKey(key)} appears more than once in the same object (first at ${firstAt}); JSON parsers disagree on which value counts`;
    return place(placed(), { pointer, keyword: "duplicateKey", severity: "error", message }, duplicate.keyOffset);
  });
}

/**
 * A truncated example may leave members out, but what it shows must be right: drop the
 * findings that say a member is missing (`required`, and a union whose `@odata.type` is left
 * out), keep every other.
 */
function isOmission(issue: ValidationIssue, body: unknown): boolean {
  if (issue.keyword === "required") return true;
  return issue.keyword === "discriminator" && valueAt(body, issue.pointer) === undefined;
}

function validateAs(target: Target, body: unknown): ValidationIssue[] {
  const result =
    target.direction === "request"
      ? validateRequest(target.operation, body)
      : validateResponse(
          target.operation,
          target.status ?? "",
          body,
          target.select === undefined ? {} : { select: target.select },
        );
  if (result.valid) return [];
  return target.truncated ? result.issues.filter((issue) => !isOmission(issue, body)) : result.issues;
}

function validate(target: Target, body: unknown): ValidationIssue[] {
  const issues = validateAs(target, body);
  if (issues.length === 0 || target.placeholders === undefined) return issues;
  return withPlaceholders(issues, body, target.placeholders, (standIn) => validateAs(target, standIn));
}

/**
 * Re-checks a payload whose failing strings hold docs placeholders with them stood in for:
 * a placeholder value that then conforms is recorded in `found`; one that still fails is
 * reported by what still fails, its message naming the value as written, not the stand-in.
 */
function withPlaceholders(
  issues: ValidationIssue[],
  body: unknown,
  found: string[],
  check: (body: unknown) => ValidationIssue[],
): ValidationIssue[] {
  const stood = standInPlaceholders(
    body,
    issues.map((issue) => issue.pointer),
  );
  if (!stood) return issues;
  const again = check(stood.body);
  const failing = new Set(again.map((issue) => issue.pointer));
  for (const pointer of stood.at) if (!failing.has(pointer)) found.push(pointer);
  const inner = (value: unknown) => JSON.stringify(value).slice(1, -1);
  return again.map((issue) =>
    stood.at.includes(issue.pointer)
      ? {
          ...issue,
          message: issue.message.replaceAll(
            inner(valueAt(stood.body, issue.pointer)),
            inner(valueAt(body, issue.pointer)),
          ),
        }
      : issue,
  );
}

/** The findings of every conforming payload: one shared, frozen array instead of 100,000 empty ones. */
export const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

/** True for "" and whitespace only; cheap for the usual payload that starts with "{". */
function isBlank(text: string): boolean {
  return text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === "");
}

/** Checks one payload (empty text is a payload without a body) and returns its findings. */
export function checkPayload(payload: PayloadText, target: Target): Finding[] {
  const { text } = payload;
  let body: unknown;
  if (!isBlank(text)) {
    try {
      body = JSON.parse(text);
    } catch {
      return [syntaxFinding(payload)];
    }
  }
  const duplicated = body !== undefined && hasDuplicateKeys(text, body);
  const issues = validate(target, body);
  if (!duplicated && issues.length === 0) return NO_FINDINGS;
  return placeIssues(payload, body, issues, duplicated);
}

/**
 * Checks the objects inside a payload of an operation outside the contract that name a
 * contract type by `@odata.type` (an expanded connector, its authenticationConfiguration).
 * Returns their findings and how many objects were checked.
 */
export function checkEmbeddedObjects(
  payload: PayloadText,
  direction: "request" | "response",
  truncated: boolean,
): { findings: Finding[]; checked: number } {
  if (isBlank(payload.text)) return { findings: NO_FINDINGS, checked: 0 };
  let body: unknown;
  try {
    body = JSON.parse(payload.text);
  } catch {
    return { findings: [syntaxFinding(payload)], checked: 0 };
  }
  const duplicated = hasDuplicateKeys(payload.text, body);
  const embedded = validateEmbedded(body, direction);
  const issues = truncated ? embedded.issues.filter((issue) => !isOmission(issue, body)) : embedded.issues;
  if (!duplicated && issues.length === 0) return { findings: NO_FINDINGS, checked: embedded.checked };
  return { findings: placeIssues(payload, body, issues, duplicated), checked: embedded.checked };
}

/** Places the issues of a parsed payload (and its duplicate keys) in the file. */
function placeIssues(payload: PayloadText, body: unknown, issues: ValidationIssue[], duplicated: boolean): Finding[] {
  const { text } = payload;

  if (body === undefined) {
    // No body: the finding is about the payload as a whole, placed on its first line.
    return issues.map((issue) => ({ ...issue, severity: "error", line: payload.firstLine }));
  }
  const map = locatePointers(
    text,
    issues.map((issue) => issue.pointer),
  );
  let placedOnce: Placed | undefined;
  const placed = () => (placedOnce ??= placedFor(payload, map.secrets));
  const findings = duplicated ? duplicateFindings(payload, placed) : [];
  for (const issue of issues) {
    const location = map.locations.get(issue.pointer);
    const finding: Omit<Finding, "line" | "column" | "frame"> = { ...issue, severity: "error" };
    if (!location) {
      findings.push(finding);
      continue;
    }
    const onKey = issue.keyword === "additionalProperties" && location.keyOffset !== undefined;
    findings.push(place(placed(), finding, onKey ? (location.keyOffset as number) : location.offset));
  }
  return findings;
}
