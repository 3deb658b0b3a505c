/**
 * Applies attributed deltas to a working copy of the state, one at a time, clamping each to its
 * metric's range and recording the amount actually applied, so the recorded deltas always sum
 * exactly to each metric's change.
 */
import type { CommunityMetric, GlobalMetric } from '../scenario/vocabulary.ts';
import type { Delta } from './mechanism.ts';
import type { CommunityState, GameState, GlobalMetrics } from './state.ts';
import { metricBounds } from './units.ts';

type MutableCommunity = { -readonly [K in keyof CommunityState]: CommunityState[K] };

export class Ledger {
  readonly communities: MutableCommunity[];
  readonly globals: GlobalMetrics;
  readonly recorded: Delta[] = [];
  private readonly indexById = new Map<string, number>();

  constructor(
    state: GameState,
    private readonly explain: boolean,
  ) {
    this.communities = state.communities.map((c, i) => {
      this.indexById.set(c.id, i);
      return { ...c };
    });
    this.globals = { clanStrength: state.clanStrength, donorFunding: state.donorFunding };
  }

  apply(delta: Delta): void {
    const [lo, hi] = metricBounds(delta.metric);
    if (delta.community === null) {
      const metric = delta.metric as GlobalMetric;
      const before = this.globals[metric];
      this.globals[metric] = Math.min(hi, Math.max(lo, before + delta.amount));
      this.record(delta, this.globals[metric] - before);
      return;
    }
    const index = this.indexById.get(delta.community);
    if (index === undefined) throw new Error(`internal: delta for unknown community "${delta.community}"`);
    const community = this.communities[index]!;
    const metric = delta.metric as CommunityMetric;
    const before = community[metric];
    community[metric] = Math.min(hi, Math.max(lo, before + delta.amount));
    this.record(delta, community[metric] - before);
  }

  private record(delta: Delta, applied: number): void {
    if (!this.explain || applied === 0) return;
    this.recorded.push(applied === delta.amount ? delta : { ...delta, amount: applied });
  }
}
