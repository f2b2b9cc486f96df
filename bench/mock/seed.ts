// Synthetic seed data for the mock benchmarks: `count` connectors in the shape Graph returns
// (what `--data` takes), with display names in a shuffled order so `$orderby` has work to do.

/** A v4-shaped GUID made from a number, so ids are unique and reproducible. */
export function benchId(index: number): string {
  const hex = index.toString(16).padStart(12, "0");
  return `00000000-0000-4000-8000-${hex}`;
}

export function seedConnectors(count: number): { value: unknown[] } {
  // A fixed multiplier modulo the count shuffles the names without a random source.
  const order = (index: number) => (index * 7919 + 13) % Math.max(count, 1);
  return {
    value: Array.from({ length: count }, (_, index) => ({
      id: benchId(index),
      displayName: `Connector ${String(order(index)).padStart(6, "0")}`,
      targetUrl: `https://api${index % 7}.example.com/hook`,
      authenticationConfiguration: {
        "@odata.type": "#microsoft.graph.basicAuthentication",
        username: `user${index}`,
        password: "******",
      },
    })),
  };
}
