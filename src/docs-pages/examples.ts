// The examples of an operation page, from the spec's Example Objects: the i-th request example
// goes with the i-th response example (the spec lists them in the same order: basic
// authentication, then the client certificate). An operation with examples on one side only
// repeats the other side's single message; one without any gets one example without bodies.
import type { ExampleRequest, GraphVersion } from "./samples.js";
import { isObject, type Json, type SpecExample, type SpecOperation } from "./spec.js";

export interface OperationExample {
  /** Heading for pages with several examples: the spec example's summary. */
  summary: string;
  /** ApiDoctor's example name, unique on the page. */
  name: string;
  request: ExampleRequest;
  response: { status: string; body?: Json };
}

/** Graph's service roots in a value are rewritten to the page's version. */
function forVersion(value: Json, version: GraphVersion): Json {
  if (typeof value === "string")
    return value.replace(
      /^https:\/\/graph\.microsoft\.com\/(?:v1\.0|beta)\//,
      `https://graph.microsoft.com/${version}/`,
    );
  if (Array.isArray(value)) return value.map((item) => forVersion(item, version));
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, forVersion(item, version)]));
  return value;
}

/** The connector the example is about: the response's `id`, else the path parameter's example. */
function exampleId(operation: SpecOperation, response: SpecExample | undefined): string | undefined {
  const value = response?.value;
  if (isObject(value) && typeof value.id === "string") return value.id;
  const example = operation.pathParameter?.example;
  return typeof example === "string" ? example : undefined;
}

const snake = (text: string) => text.replace(/[^A-Za-z0-9]+/g, "_").toLowerCase();

export function operationExamples(
  operation: SpecOperation,
  version: GraphVersion,
  pageName: string,
): OperationExample[] {
  const requests = operation.requestExamples;
  const responses = operation.success.examples;
  const count = Math.max(requests.length, responses.length, 1);
  const examples: OperationExample[] = [];
  for (let index = 0; index < count; index++) {
    const requestExample = requests[index] ?? (requests.length === 1 ? requests[0] : undefined);
    const responseExample = responses[index] ?? (responses.length === 1 ? responses[0] : undefined);
    const id = exampleId(operation, responseExample);
    const path = operation.path.replace(/\{[^{}]+\}/, id ?? "{id}");
    const key = (requests[index] ?? responses[index])?.key;
    examples.push({
      summary: (requests[index] ?? responses[index])?.summary ?? operation.summary,
      name: count > 1 && key ? `${pageName}_${snake(key)}` : pageName,
      request: {
        operationId: operation.operationId,
        method: operation.method,
        path,
        ...(operation.pathParameter && id ? { id } : {}),
        ...(requestExample ? { body: forVersion(requestExample.value, version) } : {}),
      },
      response: {
        status: operation.success.status,
        ...(responseExample ? { body: forVersion(responseExample.value, version) } : {}),
      },
    });
  }
  return examples;
}
