/**
 * The turn: (scenario, state, decisions) → next state and a report of every change with its
 * cause. Pure: no clock, no I/O, all randomness from the generator carried in the state.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { LeverId } from '../scenario/vocabulary.ts';
import { fillContext } from './context.ts';
import { availableBudget, validateDecisions, type Decisions, type EngineError } from './decisions.ts';
import { applyEffects, drawEvents, eventById, type EventOutcome, type FiredEvent } from './events.ts';
import { Emitter } from './mechanism.ts';
import { runMechanisms } from './mechanisms/index.ts';
import type { ExplanationRecord } from './record.ts';
import { resumeRng } from './rng.ts';
import type { CommunityState, GameState, PriceModifier } from './state.ts';
import { tablesOf } from './tables.ts';
import { workspaceOf } from './workspace.ts';

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
  /** Every change with its cause, in the order applied (see deltasOf); empty when the explanation record is off. */
  readonly record: ExplanationRecord;
  readonly choices: readonly AnsweredChoice[];
  readonly events: readonly FiredEvent[];
}

export type StepResult = { ok: true; state: GameState; report: TurnReport } | { ok: false; error: EngineError };

export interface StepOptions {
  /** Record the attributed deltas in the report (default true). Off only for sweeps. */
  readonly explain?: boolean;
}

/**
 * A delayed-effect queue one turn on: what was due this turn leaves, a free slot opens at the
 * end. One copy of the same length, moved down in place (a shorter copy and a push allocated
 * twice); never `new Array(n)`: V8 keeps arrays made with holes in a slower representation for good.
 */
function shifted(queue: readonly number[]): number[] {
  const next = queue.slice();
  const last = next.length - 1;
  for (let i = 0; i < last; i++) next[i] = next[i + 1]!;
  if (last >= 0) next[last] = 0;
  return next;
}

/**
 * The same number, as a small integer where it is one. A whole number computed in floating point
 * (a sum of per-community doubles) reaches a store as a boxed double, and storing one into an
 * array of small integers turns that array into an array of doubles: states then arrive at the
 * hot path in two shapes and V8 throws out its optimised code (seen after a few hundred games).
 * The value is unchanged: `v | 0` is used only where it is `v` exactly (never for -0 or fractions).
 */
function whole(v: number): number {
  const i = v | 0;
  return Object.is(i, v) ? i : v;
}

/**
 * Price modifiers a turn older (those that run out leave), then the ones this turn's events set.
 * Always a new array from the one literal below, even when empty: V8 then gives every state's
 * list the same shape (an empty list kept from the opening state was another, and code reading
 * states saw two).
 */
function agedModifiers(current: readonly PriceModifier[], added: readonly PriceModifier[]): readonly PriceModifier[] {
  const next: PriceModifier[] = [];
  for (const m of current) {
    if (m.turnsLeft > 1) next.push({ price: m.price, factor: m.factor, turnsLeft: m.turnsLeft - 1, source: m.source });
  }
  for (const m of added) next.push(m);
  return next;
}

export function step(scenario: Scenario, state: GameState, decisions: Decisions, options: StepOptions = {}): StepResult {
  const valid = validateDecisions(scenario, state, decisions);
  if (!valid.ok) return valid;
  const { levers, weights, choices, cost } = valid.value;
  const turn = state.turn + 1;
  const rng = resumeRng(state.rng);
  const tables = tablesOf(scenario);
  const workspace = workspaceOf(scenario, state);
  const ledger = workspace.ledger;
  ledger.open(state, options.explain ?? true);
  const outcome: EventOutcome = { budgetAdjustment: 0, modifiers: [] };

  const answered: AnsweredChoice[] = state.pendingChoices.map((pending) => {
    const optionId = choices[pending.key]!;
    const event = eventById(scenario, pending.eventId)!;
    const option = event.choice!.options.find((o) => o.id === optionId)!;
    const community = pending.community === null ? null : tables.communityIds.indexOf(pending.community);
    applyEffects(scenario, option.effects, event, community, ledger, outcome);
    return { key: pending.key, eventId: pending.eventId, community: pending.community, optionId };
  });

  const ctx = fillContext(workspace.context, state, levers, weights, rng);
  const out = new Emitter(ctx, ledger);
  runMechanisms(ctx, out);

  const { fired, pending, history } = drawEvents(scenario, turn, ledger, levers, state.eventHistory, rng, outcome);
  let eradicated = 0;
  for (const c of ctx.communities) eradicated += c.eradicated;
  const count = state.communities.length;
  const maturing: number[][] = [];
  const replanting: number[][] = [];
  for (let i = 0; i < count; i++) {
    maturing.push(shifted(state.communities[i]!.licitMaturing));
    replanting.push(shifted(state.communities[i]!.replantQueue));
  }
  for (const item of out.scheduled) {
    const queue = (item.queue === 'licitMaturing' ? maturing : replanting)[item.community]!;
    queue[item.delay - 1] = (queue[item.delay - 1] ?? 0) + item.hectares;
  }
  const communities: CommunityState[] = [];
  for (let i = 0; i < count; i++) communities.push(ledger.community(i, maturing[i]!, replanting[i]!));
  const recentEradication = shifted(state.recentEradication);
  recentEradication[recentEradication.length - 1] = whole(eradicated);
  const globals = ledger.globals();
  // Every field named, in one literal: unchanged parts are shared with the previous state (see
  // ./immutable.ts), and every state has the same shape.
  const next: GameState = {
    engineVersion: state.engineVersion,
    scenarioId: state.scenarioId,
    seed: state.seed,
    turn,
    finished: turn >= scenario.calendar.turns,
    rng: rng.state(),
    clanStrength: globals.clanStrength,
    donorFunding: globals.donorFunding,
    leafPrice: globals.leafPrice,
    communities,
    recentEradication,
    budgetAdjustment: outcome.budgetAdjustment,
    priceModifiers: agedModifiers(state.priceModifiers, outcome.modifiers),
    pendingChoices: pending,
    eventHistory: history,
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
      record: ledger.record(),
      choices: answered,
      events: fired,
    },
  };
}
