// Talks to a real mock server over loopback HTTP and checks every answer against the spec:
// a success with validateResponse for its operation, an error with the OData error schema.
import { expect } from "vitest";
import { type MockServer, type MockServerOptions, startMockServer } from "../../../src/mock/index.js";
import {
  findOperation,
  type ValidationResult,
  validateAgainst,
  validateResponse,
} from "../../../src/validate/index.js";

/** The tests' clock: 2030-01-01T00:00:00Z, so certificate activity does not depend on today. */
export const TEST_NOW_MS = Date.UTC(2030, 0, 1);
export const TEST_NOW_SECONDS = TEST_NOW_MS / 1000;

export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined when the response had no body. */
  body: any;
  /** The raw text, for checks that a secret never appears. */
  text: string;
}

export interface CallOptions {
  /** Sent as JSON unless it is a string (sent as is). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Skip the spec check (for the few tests that look at a non-JSON answer). */
  unchecked?: boolean;
  /** The fetch to send with (default: the global one), e.g. one that trusts a TLS mock. */
  fetch?: typeof fetch;
}

export async function startTestMock(options: MockServerOptions = {}): Promise<MockServer> {
  const bugs: Error[] = [];
  const server = await startMockServer({
    seed: 7,
    now: () => TEST_NOW_MS,
    onError: (error) => bugs.push(error),
    ...options,
  });
  const close = server.close;
  return Object.assign(server, {
    close: async () => {
      await close();
      // A bug the mock reported (an exception, or a response breaking the contract) fails the test.
      expect(bugs.map((bug) => bug.message)).toEqual([]);
    },
  });
}

/** The result of checking an answer against the contract. */
export function conformance(method: string, path: string, answer: Pick<Answer, "status" | "body">): ValidationResult {
  const operation = findOperation(`${method} ${path}`);
  if (answer.status >= 400 || !operation) return validateAgainst("odataError", answer.body);
  return validateResponse(operation.operationId, answer.status, answer.body);
}

/** One request; the answer must conform to the spec unless `unchecked`. */
export async function call(
  server: Pick<MockServer, "url">,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    if (!Object.keys(headers).some((name) => name.toLowerCase() === "content-type"))
      headers["content-type"] = "application/json";
  }
  const url = /^https?:/.test(path) ? path : `${server.url}${path}`;
  const response = await (options.fetch ?? fetch)(url, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  const answer: Answer = {
    status: response.status,
    headers: response.headers,
    body: text === "" ? undefined : JSON.parse(text),
    text,
  };
  if (!options.unchecked) {
    const checked = conformance(method, new URL(url).pathname, answer);
    expect(checked.issues, `${method} ${path} → ${answer.status} must conform to the spec`).toEqual([]);
  }
  return answer;
}

/** The password of basicConnector's bodies: a test asserts it never comes back. */
export const BASIC_CONNECTOR_PASSWORD = "MyPassword-secret";

export const basicConnector = (name = "Test API") => ({
  displayName: name,
  targetUrl: "https://someapi.com/api",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.basicAuthentication" as const,
    username: "MyUsername",
    password: BASIC_CONNECTOR_PASSWORD,
  },
});

export const CONNECTORS = "/v1.0/identity/apiConnectors";
