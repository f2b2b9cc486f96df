// TypeScript types for the whole document (paths, components, operations), run on the
// bundled document so types and validators read the same input. The generator and its
// options live in src/diff/consumer/generated-types.ts, which `diff --consumer` uses too.
export { buildTypes } from "../../src/diff/consumer/generated-types.js";
