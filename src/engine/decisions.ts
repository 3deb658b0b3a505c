/**
 * A turn's decisions: lever values, how development money is shared among communities, and
 * answers to last turn's choice events. Decisions come from players, policy files and replay
 * files, so they are checked here and refused with a reason, never half applied.
 */
import { z } from 'zod';
import type { Scenario } from '../scenario/schema.ts';
import { LEVER_IDS, type LeverId } from '../scenario/vocabulary.ts';
import { eventById } from './events.ts';
import { tablesOf } from './tables.ts';
import type { GameState } from './state.ts';

export const Decisions = z
  .strictObject({
    levers: z
      .record(z.string(), z.number())
      .optional()
      .describe('Lever values by lever id; a lever left out keeps last turn\'s value.'),
    allocation: z
      .record(z.string(), z.number())
      .optional()
      .describe('Relative weights for sharing development money, by community id; left out, every community gets an equal share.'),
    choices: z
      .record(z.string(), z.string())
      .optional()
      .describe('Answers to last turn\'s choice events: option id by choice key.'),
  })
  .describe('One turn\'s decisions.');
export type Decisions = z.infer<typeof Decisions>;

/** Largest allocation weight: weights are relative, and a million to one is more than any plan needs; larger ones could overflow the shares. */
export const MAX_WEIGHT = 1_000_000;

export type EngineErrorCode =
  | 'game-over'
  | 'unknown-lever'
  | 'lever-out-of-range'
  | 'over-budget'
  | 'unknown-community'
  | 'bad-allocation'
  | 'missing-choice'
  | 'unknown-choice';

/** A decision the engine refuses, with a message naming the field and the problem. */
export interface EngineError {
  readonly code: EngineErrorCode;
  readonly message: string;
}

export interface ValidDecisions {
  readonly levers: Record<LeverId, number>;
  readonly weights: number[];
  readonly choices: Readonly<Record<string, string>>;
  readonly cost: number;
}

/** Money available this turn, in millions. */
export function availableBudget(scenario: Scenario, state: GameState): number {
  return scenario.budget.perTurn + (state.donorFunding + state.budgetAdjustment) / 1000;
}

export function leverCost(scenario: Scenario, levers: Readonly<Record<LeverId, number>>): number {
  let cost = 0;
  for (const lever of scenario.levers) cost += lever.costPerUnit * levers[lever.id];
  return cost;
}

const fail = (code: EngineErrorCode, message: string) => ({ ok: false as const, error: { code, message } });

export function validateDecisions(
  scenario: Scenario,
  state: GameState,
  decisions: Decisions,
): { ok: true; value: ValidDecisions } | { ok: false; error: EngineError } {
  if (state.finished) return fail('game-over', `the game is over after ${state.turn} turns`);
  const last = state.lastLevers;
  // Named fields rather than a spread: this runs every turn of every sweep.
  const levers: Record<LeverId, number> = {
    eradicationPace: last.eradicationPace,
    developmentFunding: last.developmentFunding,
    committeeSupport: last.committeeSupport,
    committeeOversight: last.committeeOversight,
    militaryOperations: last.militaryOperations,
  };
  const { leverById } = tablesOf(scenario);
  const requested = decisions.levers ?? {};
  for (const id in requested) {
    const value = requested[id]!;
    const def = leverById.get(id);
    if (!def) {
      const known = (LEVER_IDS as readonly string[]).includes(id) ? 'lever not available in this scenario' : 'unknown lever';
      return fail('unknown-lever', `levers.${id}: ${known} "${id}"`);
    }
    if (!Number.isFinite(value) || value < def.min || value > def.max) {
      return fail('lever-out-of-range', `levers.${id}: expected a number between ${def.min} and ${def.max}, got ${value}`);
    }
    levers[def.id] = value;
  }

  let weights = scenario.communities.map(() => 1);
  if (decisions.allocation) {
    const ids = scenario.communities.map((c) => c.id);
    for (const [id, weight] of Object.entries(decisions.allocation)) {
      if (!ids.includes(id)) return fail('unknown-community', `allocation.${id}: unknown community "${id}"`);
      if (!Number.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) {
        return fail('bad-allocation', `allocation.${id}: expected a weight between 0 and ${MAX_WEIGHT}, got ${weight}`);
      }
    }
    // Own properties only: a community named "constructor" left out of the allocation gets 0, not Object's constructor.
    const allocation = decisions.allocation;
    weights = ids.map((id) => (Object.hasOwn(allocation, id) ? allocation[id]! : 0));
    if (levers.developmentFunding > 0 && weights.every((w) => w === 0)) {
      return fail('bad-allocation', 'allocation: every weight is 0, so the development money would go nowhere');
    }
  }

  const cost = leverCost(scenario, levers);
  const budget = availableBudget(scenario, state);
  if (!Number.isFinite(cost) || !Number.isFinite(budget)) {
    return fail('over-budget', `levers: the cost (${cost}) or the budget (${budget}) is not a finite number`);
  }
  if (cost > budget + 1e-9) {
    return fail('over-budget', `levers: cost ${cost.toFixed(1)} exceeds the budget of ${budget.toFixed(1)} ${scenario.budget.currency}`);
  }

  const choices = decisions.choices ?? {};
  for (const pending of state.pendingChoices) {
    const answer = Object.hasOwn(choices, pending.key) ? choices[pending.key] : undefined;
    const event = eventById(scenario, pending.eventId);
    const options = event?.choice?.options.map((o) => o.id) ?? [];
    if (answer === undefined) {
      return fail('missing-choice', `choices.${pending.key}: an answer is needed (one of ${options.map((o) => `"${o}"`).join(', ')})`);
    }
    if (!options.includes(answer)) {
      return fail('unknown-choice', `choices.${pending.key}: expected one of ${options.map((o) => `"${o}"`).join(', ')}, got "${answer}"`);
    }
  }
  const answeredKeys = Object.keys(choices);
  // A set, so a turn with thousands of waiting choices stays linear; none is built on quiet turns.
  const waiting = answeredKeys.length > 0 ? new Set(state.pendingChoices.map((p) => p.key)) : undefined;
  for (const key of answeredKeys) {
    if (!waiting?.has(key)) {
      return fail('unknown-choice', `choices.${key}: no such choice is waiting for an answer`);
    }
  }
  return { ok: true, value: { levers, weights, choices, cost } };
}
