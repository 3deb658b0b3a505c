/**
 * What a mechanism is: a pure function of the turn's context that emits attributed deltas
 * (mechanism, community, metric, amount in internal units, evidence) and, for delayed effects,
 * hectares scheduled to arrive in later turns. Deltas go straight into the turn's ledger, which
 * applies them and, when the explanation record is on, keeps them for the report.
 */
import type { CommunityMetric, GlobalMetric, MechanismId } from '../scenario/vocabulary.ts';
import type { TurnContext } from './context.ts';
import type { Ledger } from './ledger.ts';
import { communitySlot, globalSlot } from './slots.ts';
import { INDEX_MAX } from './units.ts';

export interface Delta {
  /** A mechanism id, or `event:<id>` for an event card. */
  readonly mechanism: string;
  /** Community id, or null for a region-wide metric. */
  readonly community: string | null;
  readonly metric: CommunityMetric | GlobalMetric;
  /** Whole internal units (hundredths of a point for indexes). */
  readonly amount: number;
  readonly evidence: string;
}

export interface Scheduled {
  readonly queue: 'licitMaturing' | 'replantQueue';
  readonly community: number;
  /** Turns from now, 1 = next turn. */
  readonly delay: number;
  readonly hectares: number;
}

export interface Mechanism {
  readonly id: MechanismId;
  run(ctx: TurnContext, out: Emitter): void;
}

/**
 * A mechanism's step on an index, shrunk near the bound it moves toward: full size while the
 * opening value is at least a quarter of the range away from that bound, then in proportion to
 * the room left. So attitudes harden slowly and no community is pinned at 0 or 100 by arithmetic.
 * It reads the opening value, so the order of mechanisms does not matter.
 */
export function saturatingStep(opening: number, step: number): number {
  const room = step > 0 ? INDEX_MAX - opening : opening;
  const factor = (4 * room) / INDEX_MAX;
  return factor >= 1 ? step : step * factor;
}

/** Hands one mechanism's deltas to the ledger, rounded to whole units, attributed to it. */
export class Emitter {
  readonly scheduled: Scheduled[] = [];
  private mechanism = '';
  private evidence = '';

  constructor(
    private readonly ctx: TurnContext,
    private readonly ledger: Ledger,
  ) {}

  /** Attributes what follows to this mechanism and its first evidence note. */
  attribute(mechanism: MechanismId): this {
    this.mechanism = mechanism;
    this.evidence = this.ctx.scenario.mechanisms[mechanism].evidence[0] ?? '';
    return this;
  }

  /** Trust, security and influence move in saturating steps (see saturatingStep). */
  community(index: number, metric: CommunityMetric, amount: number): void {
    if (metric === 'trust' || metric === 'security' || metric === 'insurgentInfluence') {
      amount = saturatingStep(this.ctx.state.communities[index]![metric], amount);
    }
    const rounded = Math.round(amount);
    if (rounded !== 0) this.ledger.add(communitySlot(index, metric), rounded, this.mechanism, this.evidence);
  }

  global(metric: GlobalMetric, amount: number): void {
    const rounded = Math.round(amount);
    if (rounded !== 0) this.ledger.add(globalSlot(metric), rounded, this.mechanism, this.evidence);
  }

  schedule(queue: Scheduled['queue'], community: number, delay: number, hectares: number): void {
    const rounded = Math.round(hectares);
    if (rounded > 0) this.scheduled.push({ queue, community, delay, hectares: rounded });
  }
}
