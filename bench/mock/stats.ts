// Small statistics for the mock benchmarks: medians and percentiles of samples.

export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 0.5);

export const ms = (value: number): string => value.toFixed(value < 10 ? 2 : 0);
export const times = (value: number): string => `${value.toFixed(2)}×`;
