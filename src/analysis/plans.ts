/**
 * A plan is a scripted player that may look at the state before it decides: a constant lever
 * setting, a shipped policy file, or an adaptive rule. Plans are played with the explanation
 * record off (sweeps need outcomes, not the why of each change).
 */
import { assess, leverCost, step, summarizeRegion, type GameState, type RegionSummary } from '../engine/index.ts';
import { createGame } from '../engine/state.ts';
import { policyDecisions } from '../policy/run.ts';
import type { Policy } from '../policy/schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { LeverId } from '../scenario/vocabulary.ts';

export type Levers = Record<LeverId, number>;

export interface PlanMove {
  readonly levers: Levers;
  /** Development shares by community id; left out, every community gets an equal share. */
  readonly allocation?: Readonly<Record<string, number>>;
}

export interface Plan {
  readonly name: string;
  readonly description: string;
  /** For a plan that re-times a constant plan: that plan's levers, to compare the two. */
  readonly basis?: Levers;
  /** How choice events are answered; the first option when left out. */
  readonly choices?: Policy['choices'];
  /** The levers for the coming turn (`state.turn + 1`), from what the player can see. */
  decide(scenario: Scenario, state: GameState): PlanMove;
}

/** Every lever of the scenario at its default, overridden by the given values. */
export function fullLevers(scenario: Scenario, values: Partial<Levers>): Levers {
  const levers = {} as Levers;
  for (const lever of scenario.levers) levers[lever.id] = values[lever.id] ?? lever.default;
  return levers;
}

export function constantPlan(scenario: Scenario, values: Partial<Levers>, allocation?: Record<string, number>): Plan {
  const levers = fullLevers(scenario, values);
  const move = allocation ? { levers, allocation } : { levers };
  return {
    name: scenario.levers.map((l) => `${l.id}=${levers[l.id]}`).join(' '),
    description: 'the same levers every turn',
    decide: () => move,
  };
}

/** A shipped policy file as a plan (its turn ranges and allocation included). */
export function policyPlan(policy: Policy): Plan {
  return {
    name: policy.name,
    description: policy.description,
    choices: policy.choices,
    decide: (scenario, state) => {
      const decided = policyDecisions(scenario, policy, state);
      const move = { levers: fullLevers(scenario, { ...state.lastLevers, ...decided.levers }) };
      return decided.allocation ? { ...move, allocation: decided.allocation } : move;
    },
  };
}

/** Answers choice events the way the policy files do by default: the first option. */
const FIRST_OPTIONS: Policy['choices'] = { rule: 'first', byEvent: {} };

/** The engine refused a plan's decisions (over budget, for example): the plan does not fit the scenario. */
export class PlanRefused extends Error {}

/**
 * Plays a plan to the end of the game and returns the final state: from the start, or from a
 * state part-way through (the turns already played); `onTurn` sees the state after each turn.
 */
export function playPlan(scenario: Scenario, plan: Plan, seed: string, from?: GameState, onTurn?: (state: GameState) => void): GameState {
  let state = from ?? createGame(scenario, seed);
  while (!state.finished) {
    const move = plan.decide(scenario, state);
    const asPolicy: Policy = { name: plan.name, description: plan.description, levers: move.levers, turns: [], choices: plan.choices ?? FIRST_OPTIONS };
    const decisions = policyDecisions(scenario, move.allocation ? { ...asPolicy, allocation: { ...move.allocation } } : asPolicy, state);
    const result = step(scenario, state, decisions, { explain: false });
    if (!result.ok) throw new PlanRefused(`plan "${plan.name}", seed ${seed}, turn ${state.turn + 1}: ${result.error.message}`);
    state = result.state;
    onTurn?.(state);
  }
  return state;
}

export interface PlayedOutcome {
  /** The scenario's assessment criteria, in its order. */
  readonly criteria: number[];
  readonly end: RegionSummary;
  readonly start: RegionSummary;
}

export function outcomeOf(scenario: Scenario, state: GameState): PlayedOutcome {
  return {
    criteria: assess(scenario, state).map((c) => c.value),
    end: summarizeRegion(scenario, state),
    start: summarizeRegion(scenario, createGame(scenario, state.seed)),
  };
}

/** Whether a lever setting fits the scenario's own budget on every turn, before any donor money. */
export function affordable(scenario: Scenario, levers: Levers): boolean {
  return leverCost(scenario, levers) <= scenario.budget.perTurn + 1e-9;
}
