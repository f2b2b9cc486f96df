// Redocly loads plugins with import(), which cannot read TypeScript: this shim compiles and
// loads plugin.ts through tsx (a devDependency; the lint rules are a development tool and are
// not shipped). The rules and their types are in plugin.ts and rules/*.ts.
import { tsImport } from "tsx/esm/api";

const { default: apiconnectorsPlugin } = await tsImport("./plugin.ts", import.meta.url);
export default apiconnectorsPlugin;
