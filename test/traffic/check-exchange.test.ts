// checkExchange: one recorded exchange against the contract.
import { describe, expect, it } from "vitest";
import { checkExchange } from "../../src/traffic/index.js";
import { BASIC_PASSWORD, basicConnector, basicCreate } from "../client/support/fixtures.js";
import { exchange, GRAPH } from "./support.js";

const kinds = (verdict: ReturnType<typeof checkExchange>) =>
  verdict.findings.map((finding) => [finding.direction, finding.kind, finding.pointer ?? null]);

describe("checkExchange", () => {
  it("passes a conforming create and names its operation", () => {
    const verdict = checkExchange(exchange({ requestBody: basicCreate, responseBody: basicConnector }));
    expect(verdict).toEqual({ operationId: "createIdentityApiConnector", findings: [] });
  });

  it("reports a bad request body and a bad response body with their pointers and directions", () => {
    const verdict = checkExchange(
      exchange({
        index: 7,
        requestBody: {
          ...basicCreate,
          authenticationConfiguration: {
            ...basicCreate.authenticationConfiguration,
            "@odata.type": "#microsoft.graph.basic",
          },
        },
        responseBody: { ...basicConnector, id: undefined },
      }),
    );
    expect(kinds(verdict)).toEqual([
      ["request", "request-body", "/authenticationConfiguration/@odata.type"],
      ["response", "response-body", "/id"],
    ]);
    expect(verdict.findings.every((finding) => finding.entry === 7)).toBe(true);
    expect(verdict.findings[0]?.keyword).toBe("discriminator");
    expect(JSON.stringify(verdict)).not.toContain(BASIC_PASSWORD);
  });

  it("reports an undocumented status, the query options and the declared headers", () => {
    const verdict = checkExchange(
      exchange({
        method: "GET",
        url: `${GRAPH}/identity/apiConnectors?$top=5000&$bogus=1`,
        requestHeaders: [["client-request-id", "not-a-guid"]],
        status: 302,
        responseBody: { error: { code: "teapot", message: "no" } },
      }),
    );
    expect(verdict.operationId).toBe("listIdentityApiConnectors");
    expect(kinds(verdict)).toEqual([
      ["request", "request-query", null],
      ["request", "request-query", null],
      ["request", "request-header", null],
      ["response", "response-status", ""],
    ]);
    expect(verdict.findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('query option "$bogus" is not declared'),
      "query option $top: must be at most 999, got 5000",
      "header client-request-id: must be a valid uuid",
      expect.stringContaining("status 302 is not a documented response"),
    ]);
  });

  it("holds a response to its request's $select", () => {
    const id = basicConnector.id;
    const url = `${GRAPH}/identity/apiConnectors/${id}?$select=displayName`;
    const selected = checkExchange(
      exchange({ method: "GET", url, status: 200, responseBody: { id, displayName: "x" } }),
    );
    expect(selected).toEqual({ operationId: "getIdentityApiConnector", findings: [] });
    const extra = checkExchange(exchange({ method: "GET", url, status: 200, responseBody: basicConnector }));
    expect(kinds(extra)).toEqual([
      ["response", "response-body", "/targetUrl"],
      ["response", "response-body", "/authenticationConfiguration"],
    ]);
  });

  it("reports invalid JSON, duplicate keys and a body that is not JSON, without checking them further", () => {
    const broken = checkExchange(
      exchange({ requestBody: '{"displayName": "x", "password": "hunter22"', responseBody: basicConnector }),
    );
    expect(kinds(broken)).toEqual([["request", "request-json", null]]);
    expect(broken.findings[0]?.message).toMatch(/^invalid JSON: not valid JSON at line 1/);
    expect(broken.findings[0]?.message).not.toContain("hunter22");
    const duplicated = checkExchange(
      exchange({
        requestBody: `${JSON.stringify(basicCreate).slice(0, -1)},"displayName":"again"}`,
        responseBody: basicConnector,
      }),
    );
    expect(kinds(duplicated)).toEqual([["request", "request-json", "/displayName"]]);
    const html = checkExchange(
      exchange({
        requestBody: basicCreate,
        status: 502,
        responseHeaders: [["content-type", "text/html"]],
        responseBody: "<h1>Bad gateway</h1>",
      }),
    );
    expect(kinds(html)).toEqual([["response", "response-content-type", null]]);
  });

  it("requires a body where the operation does, and skips the response check when none was recorded", () => {
    expect(kinds(checkExchange(exchange({ noResponse: true })))).toEqual([["request", "request-body", ""]]);
    expect(checkExchange(exchange({ requestBody: basicCreate, status: 0 })).findings).toEqual([]);
  });

  it("skips what is not the contract's: other paths, other hosts under host, other versions, no Graph prefix", () => {
    expect(checkExchange(exchange({ method: "GET", url: `${GRAPH}/users` }))).toEqual({
      skipped: `GET ${GRAPH}/users is not an operation of the contract`,
      findings: [],
    });
    expect(checkExchange(exchange({ url: "http://127.0.0.1:3000/identity/apiConnectors" })).skipped).toMatch(
      /no \/v1\.0 or \/beta path/,
    );
    const other = exchange({ requestBody: basicCreate, responseBody: basicConnector });
    expect(checkExchange(other, { host: "127.0.0.1:8080" }).skipped).toBe(
      "the request goes to graph.microsoft.com, not 127.0.0.1:8080",
    );
    expect(checkExchange(other, { host: "Graph.Microsoft.com" }).operationId).toBe("createIdentityApiConnector");
    expect(checkExchange(other, { graphVersion: "beta" }).skipped).toBe("the request is to Graph v1.0, not beta");
    expect(
      checkExchange(
        exchange({ url: "/beta/identity/apiConnectors", requestBody: basicCreate, responseBody: basicConnector }),
      ),
    ).toEqual({
      operationId: "createIdentityApiConnector",
      findings: [],
    });
  });

  it("reports a request under the contract's resource that matches no operation", () => {
    const verdict = checkExchange(
      exchange({ method: "PUT", url: `${GRAPH}/identity/apiConnectors/x?code=s3cret-code` }),
    );
    expect(verdict.findings).toEqual([
      {
        entry: 0,
        direction: "request",
        kind: "request-operation",
        keyword: "http",
        message: `no operation of the contract matches PUT ${GRAPH}/identity/apiConnectors/x?code=[REDACTED]`,
      },
    ]);
  });
});
