/** A turn's plan (lever fractions, allocation weights, which answer) made into decisions the engine accepts. */
import { availableBudget, leverCost, type Decisions } from '../../src/engine/decisions.ts';
import { eventById } from '../../src/engine/events.ts';
import type { GameState } from '../../src/engine/state.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import type { LeverId } from '../../src/scenario/vocabulary.ts';

export interface TurnPlan {
  readonly levers: number[];
  readonly weights: number[];
  readonly choice: number;
}

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
      const options = eventById(scenario, pending.eventId)!.choice!.options;
      return [pending.key, options[plan.choice % options.length]!.id];
    }),
  );
  return { levers, allocation, choices };
}
