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

  /** Trust, security and influence move in saturating steps (see ../saturation.ts); other metrics as given. */
  community(index: number, metric: CommunityMetric, amount: number): void {
    this.ledger.change(index * METRIC_COUNT + metricIndex(metric), amount, this.cause);
  }

  /** The armed group's strength moves in saturating steps too. */
  global(metric: GlobalMetric, amount: number): void {
    this.ledger.change(globalSlot(metric), amount, this.cause);
  }

  schedule(queue: Scheduled['queue'], community: number, delay: number, hectares: number): void {
    const rounded = Math.round(hectares);
    if (rounded > 0) this.scheduled.push({ queue, community, delay, hectares: rounded });
  }
}
