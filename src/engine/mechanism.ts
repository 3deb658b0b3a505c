/**
 * What a mechanism is: a pure function of the turn's context that returns attributed deltas
 * (mechanism, community, metric, amount in internal units, evidence) and, for delayed effects,
 * hectares scheduled to arrive in later turns.
 */
import type { CommunityMetric, GlobalMetric, MechanismId } from '../scenario/vocabulary.ts';
import type { TurnContext } from './context.ts';

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

export interface MechanismOutput {
  readonly deltas: Delta[];
  readonly scheduled: Scheduled[];
}

export interface Mechanism {
  readonly id: MechanismId;
  run(ctx: TurnContext): MechanismOutput;
}

/** Collects one mechanism's output, rounding to whole units and dropping zero changes. */
export class Emitter {
  readonly deltas: Delta[] = [];
  readonly scheduled: Scheduled[] = [];
  private readonly evidence: string;

  constructor(
    private readonly ctx: TurnContext,
    private readonly mechanism: MechanismId,
  ) {
    this.evidence = ctx.scenario.mechanisms[mechanism].evidence[0] ?? '';
  }

  community(index: number, metric: CommunityMetric, amount: number): void {
    const rounded = Math.round(amount);
    if (rounded === 0) return;
    const id = this.ctx.communities[index]?.def.id ?? null;
    this.deltas.push({ mechanism: this.mechanism, community: id, metric, amount: rounded, evidence: this.evidence });
  }

  global(metric: GlobalMetric, amount: number): void {
    const rounded = Math.round(amount);
    if (rounded === 0) return;
    this.deltas.push({ mechanism: this.mechanism, community: null, metric, amount: rounded, evidence: this.evidence });
  }

  schedule(queue: Scheduled['queue'], community: number, delay: number, hectares: number): void {
    const rounded = Math.round(hectares);
    if (rounded > 0) this.scheduled.push({ queue, community, delay, hectares: rounded });
  }

  output(): MechanismOutput {
    return { deltas: this.deltas, scheduled: this.scheduled };
  }
}
