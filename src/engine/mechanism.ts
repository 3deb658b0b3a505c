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

  community(index: number, metric: CommunityMetric, amount: number): void {
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
