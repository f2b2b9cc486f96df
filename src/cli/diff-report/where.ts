// Shared wording of a finding's place for every format: the operations, direction and status.
import type { DiffFinding } from "../../diff/model.js";

export function target(finding: DiffFinding): string {
  if (finding.location) return `${finding.location.file}:${finding.location.line}:${finding.location.column}`;
  const operations =
    finding.operations.length > 3
      ? `${finding.operations.slice(0, 3).join(", ")} and ${finding.operations.length - 3} more`
      : finding.operations.join(", ");
  const statuses = finding.statuses?.length ? ` ${finding.statuses.join(", ")}` : "";
  return `${operations} ${finding.direction}${statuses}`;
}

export function pointers(finding: DiffFinding): string {
  if (finding.location) return "";
  if (finding.oldPointer === finding.newPointer) return `#${finding.oldPointer ?? ""}`;
  return `old #${finding.oldPointer ?? "(absent)"} → new #${finding.newPointer ?? "(absent)"}`;
}
