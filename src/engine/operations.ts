/**
 * Military operations this turn, planned before the mechanisms run: where their tempo
 * concentrates and how precise they are (the intelligence and two-fires mechanisms read both).
 */
import type { Scenario } from '../scenario/schema.ts';
import { clamp01 } from './units.ts';

/**
 * Share of operations that find their targets. Oversight (joint patrols) makes committee tips
 * count more. Information compounds — each tip narrows where the next patrol looks — so the
 * share of blind action falls with the square of what is still unknown.
 */
export function precision(scenario: Scenario, trust: number, committee: number, oversight: number): number {
  const p = scenario.mechanisms.intelligence;
  const unknown = 1 - clamp01(p.trustWeight * trust + p.committeeWeight * committee * (0.5 + 0.5 * oversight));
  return 1 - (1 - p.basePrecision) * unknown * unknown;
}

/**
 * Operations tempo in a community (0–2): the region-wide tempo, concentrated where influence is
 * high (its influence over the mean of the region's `count` communities, whose total is given).
 */
export function operationsTempo(military: number, influence: number, count: number, totalInfluence: number): number {
  return totalInfluence > 0 ? military * Math.min(2, (influence * count) / totalInfluence) : military;
}
