// What an esbuild build with code splitting loads up front: the entry chunk and the chunks it
// imports statically, transitively (a dynamic import() is left for later).
import type { Metafile } from "esbuild";

export function staticClosure(metafile: Metafile): string[] {
  const entry = Object.keys(metafile.outputs).find((file) => metafile.outputs[file]?.entryPoint !== undefined);
  if (!entry) throw new Error("esbuild wrote no entry chunk");
  const seen = new Set<string>([entry]);
  for (const file of seen)
    for (const imported of metafile.outputs[file]?.imports ?? [])
      if (imported.kind === "import-statement" && !imported.external) seen.add(imported.path);
  return [...seen];
}
