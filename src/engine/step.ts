/**
 * The turn: (scenario, state, decisions) → next state and a report of every change with its
 * cause. Pure: no clock, no I/O, all randomness from the generator carried in the state.
 */
import { castDraft, produce } from 'immer';
import type { Scenario } from '../scenario/schema.ts';
import type { LeverId } from '../scenario/vocabulary.ts';
import { buildContext } from './context.ts';
import { availableBudget, validateDecisions, type Decisions, type EngineError } from './decisions.ts';
import { applyEffects, drawEvents, historyKey, type EventOutcome, type FiredEvent } from './events.ts';
import { Ledger } from './ledger.ts';
import type { Delta, Scheduled } from './mechanism.ts';
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

function advanceQueue(queue: readonly number[], scheduled: readonly Scheduled[], name: Scheduled['queue'], community: number): number[] {
  const next = queue.slice(1);
  next.push(0);
  for (const item of scheduled) {
    if (item.queue === name && item.community === community) next[item.delay - 1] = (next[item.delay - 1] ?? 0) + item.hectares;
  }
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
  const scheduled: Scheduled[] = [];
  for (const mechanism of MECHANISMS) {
    const result = mechanism.run(ctx);
    for (const delta of result.deltas) ledger.apply(delta);
    for (const item of result.scheduled) scheduled.push(item);
  }
  ledger.communities.forEach((c, i) => {
    c.licitMaturing = advanceQueue(c.licitMaturing, scheduled, 'licitMaturing', i);
    c.replantQueue = advanceQueue(c.replantQueue, scheduled, 'replantQueue', i);
  });

  const { fired, pending } = drawEvents(scenario, turn, ledger, levers, state.eventHistory, rng, outcome);
  const eradicated = ctx.communities.reduce((sum, c) => sum + c.eradicated, 0);

  const next = produce(state, (draft) => {
    draft.turn = turn;
    draft.finished = turn >= scenario.calendar.turns;
    draft.rng = rng.state();
    draft.communities = castDraft(ledger.communities);
    draft.clanStrength = ledger.globals.clanStrength;
    draft.donorFunding = ledger.globals.donorFunding;
    draft.recentEradication = [...state.recentEradication.slice(1), eradicated];
    draft.budgetAdjustment = outcome.budgetAdjustment;
    draft.priceModifiers = [
      ...state.priceModifiers.map((m) => ({ ...m, turnsLeft: m.turnsLeft - 1 })).filter((m) => m.turnsLeft > 0),
      ...outcome.modifiers,
    ];
    draft.pendingChoices = pending;
    if (fired.length > 0) {
      const history = { ...state.eventHistory };
      for (const event of fired) history[historyKey(event.eventId, event.community)] = turn;
      draft.eventHistory = history;
    }
    draft.lastLevers = levers;
  });

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
