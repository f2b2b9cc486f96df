// Lints a spec in this process through @redocly/openapi-core's API, with the rules and
// severities of the project's redocly.yaml and the plugin's TypeScript source (not the
// lint/plugin.js shim the CLI loads), so a change to a rule is seen with no build.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createConfig, lint, type NormalizedProblem } from "@redocly/openapi-core";
import YAML from "yaml";
import apiconnectorsPlugin from "../../lint/plugin.js";
import { repoRoot } from "../support/repo.js";

const project = YAML.parse(readFileSync(path.join(repoRoot, "redocly.yaml"), "utf8")) as {
  extends: string[];
  rules: Record<string, unknown>;
};

const config = createConfig(
  { extends: project.extends, rules: project.rules as never, plugins: [apiconnectorsPlugin()] },
  { configPath: path.join(repoRoot, "redocly.yaml") },
);

export async function lintSpec(root: string): Promise<NormalizedProblem[]> {
  return lint({ ref: path.join(root, "spec/openapi.yaml"), config: await config });
}
