// Compares a generated page with the real Graph page it stands for and lists every
// difference as one line: "<page> <aspect>: <what>". docs/docs-pages.md explains each one.
import { outline } from "./page-outline.js";

const list = (items: readonly string[]) => (items.length === 0 ? "(none)" : items.join(", "));

function sequenceDifferences(
  page: string,
  aspect: string,
  real: readonly string[],
  generated: readonly string[],
): string[] {
  const differences: string[] = [];
  for (const item of real) if (!generated.includes(item)) differences.push(`${page} ${aspect}: missing "${item}"`);
  for (const item of generated) if (!real.includes(item)) differences.push(`${page} ${aspect}: added "${item}"`);
  const common = (a: readonly string[], b: readonly string[]) => a.filter((item) => b.includes(item));
  const realOrder = common(real, generated);
  const generatedOrder = common(generated, real);
  if (realOrder.join("\n") !== generatedOrder.join("\n"))
    differences.push(`${page} ${aspect}: order ${list(generatedOrder)} instead of ${list(realOrder)}`);
  return differences;
}

/** The request body's table: Graph's real pages title it "Request body" on every operation page. */
const BODY = "Request body";

export function comparePages(page: string, realText: string, generatedText: string): string[] {
  const real = outline(realText);
  const generated = outline(generatedText);
  const differences = sequenceDifferences(page, "sections", real.sections, generated.sections);
  differences.push(
    ...sequenceDifferences(
      page,
      "permission rows",
      real.tableKeys.get("Permissions") ?? [],
      generated.tableKeys.get("Permissions") ?? [],
    ),
    ...sequenceDifferences(page, "request body", real.tableKeys.get(BODY) ?? [], generated.tableKeys.get(BODY) ?? []),
    ...sequenceDifferences(
      page,
      "properties",
      real.tableKeys.get("Properties") ?? [],
      generated.tableKeys.get("Properties") ?? [],
    ),
  );
  const auths = new Set([...real.examplesByAuth.keys(), ...generated.examplesByAuth.keys()]);
  for (const auth of [...auths].sort()) {
    const want = real.examplesByAuth.get(auth) ?? 0;
    const got = generated.examplesByAuth.get(auth) ?? 0;
    if (want !== got) differences.push(`${page} examples (${auth}): ${got} instead of ${want}`);
  }
  return differences;
}
