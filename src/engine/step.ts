/**
 * The turn: (scenario, state, decisions) → next state and a report of every change with its
 * cause. Pure: no clock, no I/O, all randomness from the generator carried in the state.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { LeverId } from '../scenario/vocabulary.ts';
import { buildContext } from './context.ts';
import { availableBudget, validateDecisions, type Decisions, type EngineError } from './decisions.ts';
import { applyEffects, drawEvents, historyKey, type EventOutcome, type FiredEvent } from './events.ts';
import { Ledger } from './ledger.ts';
import { Emitter, type Delta } from './mechanism.ts';
import { MECHANISMS } from './mechanisms/index.ts';
import { resumeRng } from './rng.ts';
import type { GameState } from './state.ts';

export interface AnsweredChoice {
  readonly key: string;
  readonly eventId: string;
  readonly community: string | null;
  readonly optionId: string;
}

export interface TurnReport {
  /** The turn just played, 1-based. */
  readonly turn: number;
  readonly levers: Readonly<Record<LeverId, number>>;
  /** Money available and spent this turn, in millions. */
  readonly budget: number;
  readonly spent: number;
  /** Hectares eradicated this turn. */
  readonly eradicated: number;
  /** Every change, in the order applied; empty when the explanation record is off. */
  readonly deltas: readonly Delta[];
  readonly choices: readonly AnsweredChoice[];
  readonly events: readonly FiredEvent[];
}

export type StepResult = { ok: true; state: GameState; report: TurnReport } | { ok: false; error: EngineError };

export interface StepOptions {
  /** Record the attributed deltas in the report (default true). Off only for sweeps. */
  readonly explain?: boolean;
}

/** A delayed-effect queue one turn on: what was due this turn leaves, a free slot opens at the end. */
function shifted(queue: readonly number[]): number[] {
  const next = queue.slice(1);
  next.push(0);
  return next;
}

export function step(scenario: Scenario, state: GameState, decisions: Decisions, options: StepOptions = {}): StepResult {
  const valid = validateDecisions(scenario, state, decisions);
  if (!valid.ok) return valid;
  const { levers, weights, choices, cost } = valid.value;
  const turn = state.turn + 1;
  const rng = resumeRng(state.rng);
  const ledger = new Ledger(state, options.explain ?? true);
  const outcome: EventOutcome = { budgetAdjustment: 0, modifiers: [] };

  const answered: AnsweredChoice[] = state.pendingChoices.map((pending) => {
    const optionId = choices[pending.key]!;
    const event = scenario.events.find((e) => e.id === pending.eventId)!;
    const option = event.choice!.options.find((o) => o.id === optionId)!;
    const community = pending.community === null ? null : scenario.communities.findIndex((c) => c.id === pending.community);
    applyEffects(option.effects, event, community, ledger, outcome);
    return { ...pending, optionId };
  });

  const ctx = buildContext(scenario, state, levers, weights, rng);
  const out = new Emitter(ctx, ledger);
  for (const mechanism of MECHANISMS) mechanism.run(ctx, out.attribute(mechanism.id));
  const scheduled = out.scheduled;

  const { fired, pending } = drawEvents(scenario, turn, ledger, levers, state.onceFired, state.lastFired, rng, outcome);
  const eradicated = ctx.communities.reduce((sum, c) => sum + c.eradicated, 0);
  const maturing = state.communities.map((c) => shifted(c.licitMaturing));
  const replanting = state.communities.map((c) => shifted(c.replantQueue));
  for (const item of scheduled) {
    const queue = (item.queue === 'licitMaturing' ? maturing : replanting)[item.community]!;
    queue[item.delay - 1] = (queue[item.delay - 1] ?? 0) + item.hectares;
  }
  const communities = state.communities.map((_, i) => ledger.community(i, maturing[i]!, replanting[i]!));
  const firedOnce = fired.filter((event) => scenario.events.find((e) => e.id === event.eventId)?.once);
  let lastFired = state.lastFired;
  if (fired.length > 0) {
    const updated: Record<string, number> = { ...state.lastFired };
    for (const event of fired) updated[historyKey(event.eventId, event.community)] = turn;
    lastFired = updated;
  }
  const onceFired = firedOnce.length === 0 ? state.onceFired : [...state.onceFired, ...firedOnce.map((e) => historyKey(e.eventId, e.community))];
  // Built by spreading: unchanged parts are shared with the previous state (see ./immutable.ts).
  const next: GameState = {
    ...state,
    ...ledger.globals(),
    turn,
    finished: turn >= scenario.calendar.turns,
    rng: rng.state(),
    communities,
    recentEradication: [...state.recentEradication.slice(1), eradicated],
    budgetAdjustment: outcome.budgetAdjustment,
    priceModifiers:
      state.priceModifiers.length === 0 && outcome.modifiers.length === 0
        ? state.priceModifiers
        : [...state.priceModifiers.map((m) => ({ ...m, turnsLeft: m.turnsLeft - 1 })).filter((m) => m.turnsLeft > 0), ...outcome.modifiers],
    pendingChoices: pending,
    onceFired,
    lastFired,
    lastLevers: levers,
  };

  return {
    ok: true,
    state: next,
    report: {
      turn,
      levers,
      budget: availableBudget(scenario, state),
      spent: cost,
      eradicated,
      deltas: ledger.recorded,
      choices: answered,
      events: fired,
    },
  };
}
