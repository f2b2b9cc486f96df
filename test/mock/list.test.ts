// Listing: pages and @odata.nextLink, $top, $count, $filter, $orderby, $select. Seeded data
// makes the expectations exact; every page is checked against the spec by `call`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockServer } from "../../src/mock/index.js";
import { CONNECTORS, call, startTestMock } from "./support/mock-http.js";

const seeded = ["Delta", "alpha", "Charlie", "bravo", "Echo", "O'Brien", "Alpha Two"].map((displayName, index) => ({
  id: `00000000-0000-4000-8000-00000000000${index}`,
  displayName,
  targetUrl: `https://api${index % 2}.example.com/hook`,
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.basicAuthentication",
    username: `user${index}`,
    password: "******",
  },
}));
const names = (answer: { body: { value: { displayName?: string }[] } }) =>
  answer.body.value.map((connector) => connector.displayName);

/** Follows @odata.nextLink to the end (bounded), returning every page. */
async function allPages(mock: MockServer, path: string): Promise<{ body: any }[]> {
  const pages = [await call(mock, "GET", path)];
  for (let link = pages[0]?.body["@odata.nextLink"]; link; link = pages.at(-1)?.body["@odata.nextLink"]) {
    if (pages.length > 20) throw new Error("more than 20 pages: the links do not end");
    pages.push(await call(mock, "GET", link));
  }
  return pages;
}

describe("listing connectors", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startTestMock({ data: { value: seeded }, pageSize: 3 });
  });
  afterAll(() => mock.close());

  it("pages at the server's page size and links every page to the next", async () => {
    const pages = await allPages(mock, CONNECTORS);
    expect(pages.map((page) => page.body.value.length)).toEqual([3, 3, 1]);
    expect(pages.flatMap((page) => page.body.value.map((connector: { id: string }) => connector.id))).toEqual(
      seeded.map((connector) => connector.id),
    );
    expect(pages[0]?.body["@odata.nextLink"]).toMatch(
      new RegExp(`^${mock.url}/v1\\.0/identity/apiConnectors\\?\\$skiptoken=`),
    );
    expect(pages.at(-1)?.body).not.toHaveProperty("@odata.nextLink");
  });

  it("keeps $top, $filter, $orderby, $select and $count in the next link", async () => {
    const pages = await allPages(
      mock,
      `${CONNECTORS}?$top=2&$count=true&$orderby=displayName&$select=displayName&$filter=${encodeURIComponent("targetUrl eq 'https://api0.example.com/hook'")}`,
    );
    expect(pages.map(names)).toEqual([
      ["Alpha Two", "Charlie"],
      ["Delta", "Echo"],
    ]);
    for (const page of pages) {
      expect(page.body["@odata.count"]).toBe(4);
      expect(page.body["@odata.context"]).toBe(
        "https://graph.microsoft.com/v1.0/$metadata#identity/apiConnectors(displayName)",
      );
      for (const connector of page.body.value) expect(Object.keys(connector)).toEqual(["id", "displayName"]);
    }
  });

  it("answers $top=0 with an empty page and no link, so a paging loop ends", async () => {
    const page = await call(mock, "GET", `${CONNECTORS}?$top=0&$count=true`);
    expect(page.body).toEqual({
      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#identity/apiConnectors",
      "@odata.count": 7,
      value: [],
    });
  });

  it.each([
    ["eq, case-insensitive like the directory", "displayName eq 'ALPHA'", ["alpha"]],
    ["a property name in another case (Microsoft365DSC)", "DisplayName eq 'Echo'", ["Echo"]],
    ["a doubled quote inside a literal", "displayName eq 'O''Brien'", ["O'Brien"]],
    ["ne", "targetUrl ne 'https://api0.example.com/hook'", ["alpha", "bravo", "O'Brien"]],
    ["startswith", "startswith(displayName, 'al')", ["alpha", "Alpha Two"]],
    ["in", "id in ('00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000004')", ["Delta", "Echo"]],
    ["and", "startswith(displayName,'a') and targetUrl eq 'https://api0.example.com/hook'", ["Alpha Two"]],
    ["eq null", "displayName eq null", []],
  ])("filters with %s", async (_name, filter, want) => {
    const page = await call(mock, "GET", `${CONNECTORS}?$top=999&$filter=${encodeURIComponent(filter)}`);
    expect(names(page)).toEqual(want);
  });

  it.each([
    ["displayName", ["alpha", "Alpha Two", "bravo", "Charlie", "Delta", "Echo", "O'Brien"]],
    ["displayName asc", ["alpha", "Alpha Two", "bravo", "Charlie", "Delta", "Echo", "O'Brien"]],
    ["displayName desc", ["O'Brien", "Echo", "Delta", "Charlie", "bravo", "Alpha Two", "alpha"]],
    ["targetUrl,displayName desc", ["Echo", "Delta", "Charlie", "Alpha Two", "O'Brien", "bravo", "alpha"]],
  ])("orders by %s", async (orderBy, want) => {
    expect(names(await call(mock, "GET", `${CONNECTORS}?$top=999&$orderby=${encodeURIComponent(orderBy)}`))).toEqual(
      want,
    );
  });

  it("selects properties of one connector, and always returns its id", async () => {
    const answer = await call(
      mock,
      "GET",
      `${CONNECTORS}/${seeded[0]?.id}?$select=targetUrl,authenticationConfiguration`,
    );
    expect(answer.body).toEqual({
      "@odata.context":
        "https://graph.microsoft.com/v1.0/$metadata#identity/apiConnectors(targetUrl,authenticationConfiguration)/$entity",
      id: seeded[0]?.id,
      targetUrl: seeded[0]?.targetUrl,
      authenticationConfiguration: {
        "@odata.type": "#microsoft.graph.basicAuthentication",
        username: "user0",
        password: "******",
      },
    });
  });

  it("accepts $expand (Graph documents it) and ignores it: there is nothing to expand", async () => {
    const plain = await call(mock, "GET", `${CONNECTORS}/${seeded[1]?.id}`);
    expect((await call(mock, "GET", `${CONNECTORS}/${seeded[1]?.id}?$expand=*`)).body).toEqual(plain.body);
  });

  it("matches ids regardless of case, as Graph matches GUIDs", async () => {
    const answer = await call(mock, "GET", `${CONNECTORS}/${seeded[2]?.id.toUpperCase()}`);
    expect(answer.body.id).toBe(seeded[2]?.id);
  });

  it("uses a page of 100 by default", async () => {
    const many = Array.from({ length: 101 }, (_, index) => ({ id: `id-${index}`, displayName: `n${index}` }));
    const big = await startTestMock({ data: many });
    try {
      const pages = await allPages(big, CONNECTORS);
      expect(pages.map((page) => page.body.value.length)).toEqual([100, 1]);
    } finally {
      await big.close();
    }
  });
});
