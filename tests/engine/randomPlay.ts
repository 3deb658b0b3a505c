/** Random but valid decisions for property tests: levers within range and budget, any allocation, any answer. */
import fc from 'fast-check';
import type { Scenario } from '../../src/scenario/schema.ts';
import type { TurnPlan } from './decide.ts';

export { decide, type TurnPlan } from './decide.ts';

export const turnPlan = (scenario: Scenario): fc.Arbitrary<TurnPlan> =>
  fc.record({
    levers: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: scenario.levers.length, maxLength: scenario.levers.length }),
    weights: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: scenario.communities.length, maxLength: scenario.communities.length }),
    choice: fc.nat(),
  });

export const gamePlan = (scenario: Scenario) => fc.array(turnPlan(scenario), { minLength: scenario.calendar.turns, maxLength: scenario.calendar.turns });

