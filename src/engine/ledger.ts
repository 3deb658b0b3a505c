/**
 * Applies attributed deltas to working values, one at a time, clamping each to its metric's
 * range and recording the amount actually applied, so the recorded deltas always sum exactly to
 * each metric's change. Values live in one flat array addressed by slot (./slots.ts) because
 * this is the engine's hottest loop.
 */
import { COMMUNITY_METRICS, GLOBAL_METRICS, type CommunityMetric, type GlobalMetric } from '../scenario/vocabulary.ts';
import type { Delta } from './mechanism.ts';
import { METRIC_COUNT, communitySlot, globalSlot } from './slots.ts';
import type { CommunityState, GameState, GlobalMetrics } from './state.ts';
import { METRIC_MAX } from './units.ts';

const COMMUNITY_MAX = COMMUNITY_METRICS.map((metric) => METRIC_MAX[metric]);
const GLOBAL_MAX = GLOBAL_METRICS.map((metric) => METRIC_MAX[metric]);

export class Ledger {
  readonly recorded: Delta[] = [];
  // Plain arrays: allocating a typed array costs more than the rest of the ledger's setup.
  private readonly values: number[];
  private readonly globalValues: number[];

  constructor(
    private readonly state: GameState,
    private readonly explain: boolean,
  ) {
    const count = state.communities.length;
    this.values = new Array<number>(count * METRIC_COUNT).fill(0);
    for (let i = 0; i < count; i++) loadCommunity(state.communities[i]!, this.values, i * METRIC_COUNT);
    this.globalValues = new Array<number>(GLOBAL_METRICS.length).fill(0);
    for (let g = 0; g < GLOBAL_METRICS.length; g++) this.globalValues[g] = state[GLOBAL_METRICS[g]!];
  }

  get communityCount(): number {
    return this.state.communities.length;
  }

  value(community: number, metric: CommunityMetric): number {
    return this.values[communitySlot(community, metric)]!;
  }

  globalValue(metric: GlobalMetric): number {
    return this.globalValues[-1 - globalSlot(metric)]!;
  }

  /**
   * Adds an amount at a slot (community slots >= 0, region-wide < 0), clamped; when explaining,
   * records it with the community and metric the slot stands for.
   */
  add(slot: number, amount: number, mechanism: string, evidence: string): void {
    let before: number;
    let after: number;
    if (slot < 0) {
      const g = -1 - slot;
      before = this.globalValues[g]!;
      after = Math.min(GLOBAL_MAX[g]!, Math.max(0, before + amount));
      this.globalValues[g] = after;
    } else {
      before = this.values[slot]!;
      after = Math.min(COMMUNITY_MAX[slot % METRIC_COUNT]!, Math.max(0, before + amount));
      this.values[slot] = after;
    }
    if (!this.explain || after === before) return;
    const community = slot < 0 ? null : this.state.communities[Math.floor(slot / METRIC_COUNT)]!.id;
    const metric = slot < 0 ? GLOBAL_METRICS[-1 - slot]! : COMMUNITY_METRICS[slot % METRIC_COUNT]!;
    this.recorded.push({ mechanism, community, metric, amount: after - before, evidence });
  }

  globals(): GlobalMetrics {
    return { clanStrength: this.globalValue('clanStrength'), donorFunding: this.globalValue('donorFunding'), leafPrice: this.globalValue('leafPrice') };
  }

  /** A community's next state: the ledger's values and the given queues. */
  community(index: number, licitMaturing: readonly number[], replantQueue: readonly number[]): CommunityState {
    const v = this.values;
    const o = index * METRIC_COUNT;
    // Same order as COMMUNITY_METRICS (named reads and writes: see loadCommunity).
    return {
      id: this.state.communities[index]!.id,
      trust: v[o]!,
      security: v[o + 1]!,
      insurgentInfluence: v[o + 2]!,
      committeeStrength: v[o + 3]!,
      soilHealth: v[o + 4]!,
      grievanceEradication: v[o + 5]!,
      grievanceAbuse: v[o + 6]!,
      grievanceViolence: v[o + 7]!,
      cocaHectares: v[o + 8]!,
      licitHectares: v[o + 9]!,
      eradicatedHectares: v[o + 10]!,
      developmentInvested: v[o + 11]!,
      abuses: v[o + 12]!,
      reprisals: v[o + 13]!,
      civilianHarm: v[o + 14]!,
      licitMaturing,
      replantQueue,
    };
  }
}

/**
 * Copies a community's metrics into the flat array in COMMUNITY_METRICS order. Named property
 * reads, because reading by a variable key is several times slower here; the ledger tests
 * check that a turn with no change reproduces every metric.
 */
function loadCommunity(c: CommunityState, v: number[], o: number): void {
  v[o] = c.trust;
  v[o + 1] = c.security;
  v[o + 2] = c.insurgentInfluence;
  v[o + 3] = c.committeeStrength;
  v[o + 4] = c.soilHealth;
  v[o + 5] = c.grievanceEradication;
  v[o + 6] = c.grievanceAbuse;
  v[o + 7] = c.grievanceViolence;
  v[o + 8] = c.cocaHectares;
  v[o + 9] = c.licitHectares;
  v[o + 10] = c.eradicatedHectares;
  v[o + 11] = c.developmentInvested;
  v[o + 12] = c.abuses;
  v[o + 13] = c.reprisals;
  v[o + 14] = c.civilianHarm;
}
