// Items of Graph's published OpenAPI the spec keeps, or departs from on purpose (spec/README.md,
// "Departures from Graph's published OpenAPI"), checked in the bundle the toolkit ships.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/repo.js";

type Json = Record<string, unknown>;
const bundle = JSON.parse(readFileSync(path.join(repoRoot, "generated", "openapi.json"), "utf8")) as {
  paths: Record<string, Json>;
  components: { parameters: Record<string, Json> };
};

/** A path item's or operation's parameters, references followed. */
function parametersOf(path: string, method: string): Json[] {
  const item = bundle.paths[path] as Json;
  const operation = item[method] as Json;
  return [...((item.parameters ?? []) as Json[]), ...((operation.parameters ?? []) as Json[])].map((parameter) => {
    const ref = parameter.$ref;
    return typeof ref === "string"
      ? (bundle.components.parameters[ref.replace("#/components/parameters/", "")] as Json)
      : parameter;
  });
}

describe("Graph's published OpenAPI, kept or departed from on purpose", () => {
  it("delete takes the published optional If-Match header", () => {
    const ifMatch = parametersOf("/identity/apiConnectors/{identityApiConnectorId}", "delete").find(
      (parameter) => parameter.name === "If-Match",
    );
    expect(ifMatch).toMatchObject({ in: "header", required: false, "x-graph-documented": false });
  });

  it("has no /identity/apiConnectors/$count path (deliberate: text/plain; $count=true on list gives it)", () => {
    expect(Object.keys(bundle.paths)).not.toContain("/identity/apiConnectors/$count");
    expect(parametersOf("/identity/apiConnectors", "get").map((parameter) => parameter.name)).toContain("$count");
  });
});
