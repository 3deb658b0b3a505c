/**
 * What a mechanism is: a pure function of the turn's context that emits attributed deltas
 * (mechanism, community, metric, amount in internal units, evidence: see ./record.ts) and, for
 * delayed effects, hectares scheduled to arrive in later turns. Deltas go straight into the turn's ledger, which
 * applies them and, when the explanation record is on, keeps them for the report.
 */
import type { CommunityMetric, GlobalMetric, MechanismId } from '../scenario/vocabulary.ts';
import type { TurnContext } from './context.ts';
import type { Ledger } from './ledger.ts';
import { METRIC_COUNT, globalSlot, metricIndex } from './slots.ts';
import { INDEX_MAX } from './units.ts';

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
  private cause = 0;

  constructor(
    private readonly ctx: TurnContext,
    private readonly ledger: Ledger,
  ) {}

  /** Attributes what follows to this mechanism and its first evidence note. */
  attribute(mechanism: MechanismId): this {
    this.cause = this.ctx.tables.mechanismCause[mechanism];
    return this;
  }

  /** Trust, security and influence (the first three metrics) move in saturating steps (see saturatingStep). */
  community(index: number, metric: CommunityMetric, amount: number): void {
    const m = metricIndex(metric);
    const slot = index * METRIC_COUNT + m;
    if (m < 3) amount = saturatingStep(this.ledger.opening[slot]!, amount);
    const rounded = Math.round(amount);
    if (rounded !== 0) this.ledger.add(slot, rounded, this.cause);
  }

  global(metric: GlobalMetric, amount: number): void {
    const rounded = Math.round(amount);
    if (rounded !== 0) this.ledger.add(globalSlot(metric), rounded, this.cause);
  }

  schedule(queue: Scheduled['queue'], community: number, delay: number, hectares: number): void {
    const rounded = Math.round(hectares);
    if (rounded > 0) this.scheduled.push({ queue, community, delay, hectares: rounded });
  }
}
