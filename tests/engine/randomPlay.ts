/** Random but valid decisions for property tests: levers within range and budget, any allocation, any answer. */
import fc from 'fast-check';
import { availableBudget, leverCost, type Decisions } from '../../src/engine/decisions.ts';
import type { GameState } from '../../src/engine/state.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import type { LeverId } from '../../src/scenario/vocabulary.ts';

export interface TurnPlan {
  readonly levers: number[];
  readonly weights: number[];
  readonly choice: number;
}

export const turnPlan = (scenario: Scenario): fc.Arbitrary<TurnPlan> =>
  fc.record({
    levers: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: scenario.levers.length, maxLength: scenario.levers.length }),
    weights: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: scenario.communities.length, maxLength: scenario.communities.length }),
    choice: fc.nat(),
  });

export const gamePlan = (scenario: Scenario) => fc.array(turnPlan(scenario), { minLength: scenario.calendar.turns, maxLength: scenario.calendar.turns });

/** Turns a plan into decisions the engine accepts in this state. */
export function decide(scenario: Scenario, state: GameState, plan: TurnPlan): Decisions {
  const levers = {} as Record<LeverId, number>;
  scenario.levers.forEach((lever, i) => {
    levers[lever.id] = lever.min + (lever.max - lever.min) * plan.levers[i]!;
  });
  const budget = availableBudget(scenario, state);
  const cost = leverCost(scenario, { ...state.lastLevers, ...levers });
  if (cost > budget) for (const lever of scenario.levers) levers[lever.id] = lever.min + (levers[lever.id] - lever.min) * ((budget / cost) * 0.999);
  const allocation = Object.fromEntries(scenario.communities.map((c, i) => [c.id, plan.weights[i]!]));
  if (plan.weights.every((w) => w === 0)) allocation[scenario.communities[0]!.id] = 1;
  const choices = Object.fromEntries(
    state.pendingChoices.map((pending) => {
      const options = scenario.events.find((e) => e.id === pending.eventId)!.choice!.options;
      return [pending.key, options[plan.choice % options.length]!.id];
    }),
  );
  return { levers, allocation, choices };
}
