// A response must never carry a secret (spec: `password` and `pkcs12Value` are write-only):
// a secret member with a value, a bearer token, or a secret the request sent (its body's
// secret values, echoed as sent, JSON-escaped, URL-encoded or base64: the client's redaction,
// src/client/redact.ts, is what recognises an echo). Findings say where, never what.
import { collectSecrets, redactText } from "../client/redact.js";
import { isSecretMask, isSecretProperty, REDACTED } from "../validate/index.js";
import { childPointer } from "../validate/pointer.js";
import { headerOf } from "./headers.js";
import type { TrafficExchange, TrafficFinding } from "./types.js";

/** RFC 6750 §2.1: `Bearer` and a b64token. */
const BEARER = /\bBearer\s+[A-Za-z0-9\-._~+/]{8,}=*/i;
/** Members whose value says how to authenticate, not a credential. */
const SCHEME_HEADERS = new Set(["www-authenticate", "proxy-authenticate"]);

/** Pointers of secret members that hold a value (absent, null, empty, Graph's mask or ours is not a leak). */
function secretMembers(body: unknown): string[] {
  const found: string[] = [];
  const pending: Array<[unknown, string]> = [[body, ""]];
  while (pending.length > 0 && found.length < 100) {
    const [value, at] = pending.pop() as [unknown, string];
    if (value === null || typeof value !== "object") continue;
    const entries = Array.isArray(value)
      ? value.map((item, index) => [String(index), item] as const)
      : Object.entries(value);
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = entries[index] as readonly [string, unknown];
      const pointer = childPointer(at, key);
      if (!Array.isArray(value) && isSecretProperty(key)) {
        if (child !== null && child !== "" && child !== REDACTED && !isSecretMask(child)) found.push(pointer);
        continue;
      }
      pending.push([child, pointer]);
    }
  }
  return found.sort();
}

function parsedJson(text: string | undefined): unknown {
  if (text === undefined || text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The secrets the request sent: its body's secret values, and its bearer token. */
function requestSecrets(exchange: TrafficExchange): string[] {
  const secrets = collectSecrets(parsedJson(exchange.request.body));
  const token = /^\s*Bearer\s+(\S+)/i.exec(headerOf(exchange.request.headers, "authorization") ?? "")?.[1];
  if (token !== undefined && token.length >= 8) secrets.push(token);
  return secrets;
}

const echoes = (text: string, secrets: readonly string[]) =>
  secrets.length > 0 && redactText(text, secrets) !== redactText(text, []);

export function secretFindings(exchange: TrafficExchange): TrafficFinding[] {
  const response = exchange.response;
  if (response === undefined) return [];
  const entry = exchange.index;
  const finding = (message: string, pointer?: string): TrafficFinding => ({
    entry,
    direction: "response",
    kind: "secret-in-response",
    ...(pointer === undefined ? {} : { pointer }),
    message,
  });
  const findings: TrafficFinding[] = [];
  const sent = requestSecrets(exchange);
  for (const [name, value] of response.headers) {
    const lower = name.toLowerCase();
    if (lower === "set-cookie" || SCHEME_HEADERS.has(lower)) continue;
    const shown = JSON.stringify(name.slice(0, 60));
    if (BEARER.test(value)) findings.push(finding(`the response header ${shown} carries a bearer token`));
    else if (echoes(value, sent))
      findings.push(finding(`the response header ${shown} echoes a secret the request sent`));
  }
  const text = response.body;
  if (text === undefined || text === "") return findings;
  for (const pointer of secretMembers(parsedJson(text)))
    findings.push(finding("the response carries a secret (write-only in the contract: never returned)", pointer));
  if (BEARER.test(text)) findings.push(finding("the response body carries a bearer token"));
  else if (echoes(text, sent)) findings.push(finding("the response body echoes a secret the request sent"));
  return findings;
}
