/** Small descriptive statistics shared by the analysis reports. */

export function mean(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return values.length > 0 ? total / values.length : Number.NaN;
}

/** Population variance (divides by n): the spread of the values themselves, not an estimate. */
export function variance(values: readonly number[]): number {
  const m = mean(values);
  let total = 0;
  for (const v of values) total += (v - m) * (v - m);
  return values.length > 0 ? total / values.length : Number.NaN;
}

/** Linear-interpolated quantile of sorted values (q between 0 and 1). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (sorted.length - 1) * q;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export const sortedCopy = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/**
 * Mean of paired differences and its standard error. With the same seeds on both sides the
 * events line up, so the pairing takes out most of the luck shared by the two runs.
 */
export function pairedDifference(a: readonly number[], b: readonly number[]): { mean: number; standardError: number } {
  const diffs = a.map((v, i) => v - b[i]!);
  const n = diffs.length;
  const m = mean(diffs);
  const sampleVariance = n > 1 ? (variance(diffs) * n) / (n - 1) : 0;
  return { mean: m, standardError: Math.sqrt(sampleVariance / n) };
}

/**
 * Share of the variance of an outcome that lies within groups (here: between seeds of the same
 * plan) rather than between them: the mean within-group variance over the variance of all values.
 */
export function withinShare(groups: readonly (readonly number[])[]): number {
  const all = groups.flat();
  const total = variance(all);
  if (!(total > 0)) return 0;
  return mean(groups.map((g) => variance(g))) / total;
}
