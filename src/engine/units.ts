/**
 * Number representation. Index metrics (0–100 in scenario files) are held as whole hundredths
 * (0–10000) and counts as whole numbers, so attributed deltas add up exactly to each change.
 * See docs/adr/0002-integer-metrics.md.
 */
import { COMMUNITY_METRICS, GLOBAL_METRICS, INDEX_METRICS, type CommunityMetric, type GlobalMetric } from '../scenario/vocabulary.ts';

export const INDEX_SCALE = 100;
export const INDEX_MAX = 100 * INDEX_SCALE;

const indexMetrics = new Set<string>(INDEX_METRICS);

export function isIndexMetric(metric: CommunityMetric | GlobalMetric): boolean {
  return indexMetrics.has(metric) || metric === 'clanStrength';
}

/** Internal units per scenario unit for a metric (hundredths for indexes, 1 for counts). */
export function metricScale(metric: CommunityMetric | GlobalMetric): number {
  if (isIndexMetric(metric)) return INDEX_SCALE;
  if (metric === 'developmentInvested' || metric === 'donorFunding') return 1000; // thousands of soles per million
  if (metric === 'leafPrice') return 100; // céntimos per sol: the farm-gate leaf price in soles a kilogram
  return 1;
}

/** Inclusive upper bound of each metric in internal units; every metric's lower bound is 0. */
export const METRIC_MAX: Readonly<Record<CommunityMetric | GlobalMetric, number>> = Object.fromEntries(
  [...COMMUNITY_METRICS, ...GLOBAL_METRICS].map((metric) => [metric, isIndexMetric(metric) ? INDEX_MAX : Number.MAX_SAFE_INTEGER]),
) as Record<CommunityMetric | GlobalMetric, number>;

export function toInternal(metric: CommunityMetric | GlobalMetric, value: number): number {
  return Math.round(value * metricScale(metric));
}

export function toDisplay(metric: CommunityMetric | GlobalMetric, internal: number): number {
  return internal / metricScale(metric);
}

export const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
export const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);
/** Saturating response x / (x + half): 0 at 0, 1/2 at `half`, approaching 1. No Math.exp. */
export const saturate = (x: number, half: number): number => (x <= 0 ? 0 : x / (x + half));
