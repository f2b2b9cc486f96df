// openapi-fetch middleware: what happens once per logical call, above the retry loop.
import type { Middleware } from "openapi-fetch";
import { ContractError } from "./errors.js";
import { collectSecrets } from "./redact.js";
import { bodyText } from "./replayable-request.js";
import { bodyTextOf } from "./response-body.js";

/** A GUID, as Graph's `client-request-id` header and the spec (`format: uuid`) require. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Sets `client-request-id` (a fresh UUID unless the caller gave one) and `User-Agent`.
 * Graph echoes client-request-id and logs it next to its own request-id; sending one on
 * every call is Microsoft's guidance (https://learn.microsoft.com/graph/best-practices-concept).
 * Because this runs once per call, every retry below it sends the same id. A caller's id
 * that is not a GUID is refused before anything is sent.
 */
export function requestIdentity(userAgent: string): Middleware {
  return {
    onRequest({ request }) {
      const given = request.headers.get("client-request-id");
      if (given !== null && !GUID.test(given)) {
        throw new TypeError(
          `client-request-id must be a GUID such as ${crypto.randomUUID()}, got ${JSON.stringify(given.slice(0, 64))}`,
        );
      }
      if (given === null) request.headers.set("client-request-id", crypto.randomUUID());
      request.headers.set("user-agent", userAgent);
      return undefined; // headers changed in place; same Request
    },
  };
}

type Validation = typeof import("../validate/index.js");

/**
 * The validators (most of the package's weight), loaded on the first validated call, not by
 * the root entry: a bundler splits a dynamic import() into its own chunk, which a client with
 * `validate: "off"` never fetches (test/package/bundle-size.test.ts).
 */
let validation: Promise<Validation> | undefined;
const loadValidation = (): Promise<Validation> =>
  (validation ??= import("../validate/index.js").catch((error: unknown) => {
    // A chunk that did not load (offline for a moment, a deploy in between) is asked for again
    // by the next validated call, rather than failing every call from now on.
    validation = undefined;
    throw error;
  }));

const operationIds = new Map<string, string>();

function operationIdFor(checks: Validation, method: string, schemaPath: string): string {
  const key = `${method} ${schemaPath}`;
  let id = operationIds.get(key);
  if (id === undefined) {
    id = checks.findOperation(key)?.operationId ?? "";
    operationIds.set(key, id);
  }
  return id;
}

async function messageJson(message: Request | Response): Promise<unknown> {
  const text =
    message instanceof Request ? await bodyText(message) : (bodyTextOf(message) ?? (await message.clone().text()));
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text; // the validator then reports "expected object", which is the truth
  }
}

/**
 * Contract checks with the precompiled validators: the request body before anything is sent,
 * and (mode "both") every 2xx response body. Error responses are left to GraphError, so a
 * proxy's HTML 502 is reported as what it is rather than as a contract breach.
 */
export function contractChecks(mode: "request" | "both"): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const checks = await loadValidation();
      const operationId = operationIdFor(checks, request.method, schemaPath);
      if (!operationId) return undefined;
      const body = await messageJson(request);
      const result = checks.validateRequest(operationId, body);
      if (!result.valid)
        throw new ContractError("request", operationId, result.issues, undefined, collectSecrets(body));
      return undefined;
    },
    async onResponse({ request, response, schemaPath }) {
      if (mode !== "both" || !response.ok) return undefined;
      const checks = await loadValidation();
      const operationId = operationIdFor(checks, request.method, schemaPath);
      if (!operationId) return undefined;
      // A $select answer carries only what was selected (Graph: "$select query parameter"), so
      // it is held to the selection, not to the full representation.
      const select = new URL(request.url).searchParams.get("$select") ?? undefined;
      const result = checks.validateResponse(operationId, response.status, await messageJson(response), { select });
      if (!result.valid) {
        // The response may echo what the request sent: redact the request's secrets.
        const secrets = collectSecrets(await messageJson(request));
        throw new ContractError("response", operationId, result.issues, response.status, secrets);
      }
      return undefined;
    },
  };
}
