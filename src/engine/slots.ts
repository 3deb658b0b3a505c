/**
 * Where each metric lives in the ledger's flat working array: community-metric slots are
 * `community × METRIC_COUNT + metric index`, region-wide metrics use negative slots. Deltas
 * travel with their slot so the hot loop never looks metrics up by name.
 */
import { COMMUNITY_METRICS, GLOBAL_METRICS, type CommunityMetric, type GlobalMetric } from '../scenario/vocabulary.ts';

export const METRIC_COUNT = COMMUNITY_METRICS.length;
const GLOBAL_INDEX = Object.fromEntries(GLOBAL_METRICS.map((metric, i) => [metric, i])) as Record<GlobalMetric, number>;

export function communitySlot(community: number, metric: CommunityMetric): number {
  return community * METRIC_COUNT + metricIndex(metric);
}

/** Region-wide metrics: -1 for the first, -2 for the second… */
export function globalSlot(metric: GlobalMetric): number {
  return -1 - GLOBAL_INDEX[metric];
}

/**
 * Position of a metric in COMMUNITY_METRICS. A switch, because a lookup by name in an object or
 * a Map costs several times more in the hottest loop; tests/engine/slots.test.ts keeps the two
 * in step.
 */
export function metricIndex(metric: CommunityMetric): number {
  switch (metric) {
    case 'trust': return 0;
    case 'security': return 1;
    case 'insurgentInfluence': return 2;
    case 'committeeStrength': return 3;
    case 'soilHealth': return 4;
    case 'grievanceEradication': return 5;
    case 'grievanceAbuse': return 6;
    case 'grievanceViolence': return 7;
    case 'cocaHectares': return 8;
    case 'licitHectares': return 9;
    case 'eradicatedHectares': return 10;
    case 'developmentInvested': return 11;
    case 'abuses': return 12;
    case 'reprisals': return 13;
    case 'civilianHarm': return 14;
  }
}
