// The contract diff: read two sides, compare them, report. docs/evolution.md has the rules.
export { compareDocuments } from "./compare-documents.js";
export { checkConsumer } from "./consumer/check-consumer.js";
export { type Bundled, bundle } from "./load/bundle.js";
export { DEFAULT_GIT_ROOT, type SpecSource, SpecSourceError, specSource } from "./load/source.js";
export {
  countByLevel,
  type DiffFinding,
  type DiffReport,
  type Direction,
  LEVELS,
  type Level,
  reaches,
  type SourceLocation,
} from "./model.js";
