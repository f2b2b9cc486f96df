// Issue 10, item 7: paging has a page cap. A server that answers every page with a fresh
// @odata.nextLink (same origin, same collection, never a repeat, so the loop check passes)
// used to keep a `for await` loop calling it forever; now the loop ends after maxPages pages
// with a PageLimitError (docs/client.md, "Read connectors").
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { createApiConnectorsClient, DEFAULT_MAX_PAGES, NextLinkError, PageLimitError } from "../../src/client/index.js";
import { page } from "../client/support/fixtures.js";
import { useLoopbackServer } from "./support/loopback-server.js";

let requests = 0;
function answer(req: IncomingMessage, res: ServerResponse): void {
  requests++;
  const skip = Number(new URL(req.url ?? "/", "http://x").searchParams.get("$skiptoken") ?? 0);
  const body = JSON.stringify(page([`item-${skip}`], `/identity/apiConnectors?$skiptoken=${skip + 1}`));
  res.writeHead(200, { "content-type": "application/json" }).end(body);
}
const server = useLoopbackServer(answer);

/** Reads the loop to its end; returns the ids read and what it threw. */
async function drain(items: AsyncIterable<unknown>): Promise<{ ids: string[]; error: unknown }> {
  const ids: string[] = [];
  try {
    for await (const item of items) ids.push((item as { id?: string }).id ?? "");
  } catch (error) {
    return { ids, error };
  }
  return { ids, error: undefined };
}

describe("maxPages", () => {
  it("a client's maxPages ends an endless nextLink chain with PageLimitError after that many pages", async () => {
    requests = 0;
    const client = createApiConnectorsClient({ baseUrl: server.origin, token: "t", maxPages: 3 });
    const { ids, error } = await drain(client.iterateApiConnectors());
    expect(ids).toEqual(["item-0", "item-1", "item-2"]);
    expect(error).toBeInstanceOf(PageLimitError);
    expect(error).toBeInstanceOf(NextLinkError); // caught where a refused link is caught
    expect((error as PageLimitError).maxPages).toBe(3);
    expect((error as Error).message).toBe(
      "stopped paging after maxPages (3) pages: the last one still had an @odata.nextLink",
    );
    expect(requests).toBe(3);
  });

  it("one iteration's maxPages overrides the client's", async () => {
    requests = 0;
    const client = createApiConnectorsClient({ baseUrl: server.origin, token: "t", maxPages: 3 });
    const { ids, error } = await drain(client.iterateApiConnectorPages(undefined, { maxPages: 1 }));
    expect(ids).toHaveLength(1);
    expect(error).toBeInstanceOf(PageLimitError);
    expect(requests).toBe(1);
  });

  it(`the default stops the chain too, after ${DEFAULT_MAX_PAGES} pages`, async () => {
    // A thousand loopback round trips take seconds on a loaded machine; the same endless chain
    // is answered here by an injected fetch (the client's `fetch` option) in this process.
    let calls = 0;
    const endless = async (request: Request) => {
      calls++;
      const skip = Number(new URL(request.url).searchParams.get("$skiptoken") ?? 0);
      const body = page([`item-${skip}`], `/identity/apiConnectors?$skiptoken=${skip + 1}`);
      return Response.json(body);
    };
    const client = createApiConnectorsClient({ baseUrl: server.origin, token: "t", fetch: endless });
    const { ids, error } = await drain(client.iterateApiConnectors());
    expect(DEFAULT_MAX_PAGES).toBe(1_000);
    expect(ids).toHaveLength(DEFAULT_MAX_PAGES);
    expect(error).toBeInstanceOf(PageLimitError);
    expect(calls).toBe(DEFAULT_MAX_PAGES);
  });

  it("refuses a maxPages that is no whole number of pages, on the client and per iteration", async () => {
    for (const maxPages of [0, -1, 2.5, Number.NaN]) {
      const message = `maxPages must be a whole number > 0, got ${String(maxPages)}`;
      expect(() => createApiConnectorsClient({ baseUrl: server.origin, maxPages })).toThrow(message);
      const client = createApiConnectorsClient({ baseUrl: server.origin, token: "t" });
      await expect(drain(client.iterateApiConnectors(undefined, { maxPages }))).resolves.toMatchObject({
        error: new RangeError(message),
      });
    }
  });
});
