/**
 * The historical path: for scenarios that have one, a policy that does what the state actually
 * did, quarter by quarter, so a run can be compared with history on the same seed.
 */
import type { Scenario } from '../scenario/schema.ts';
import vraem from '../../policies/historical.json';
import classroom from '../../policies/historical-classroom-short.json';
import { parsePolicy } from './load.ts';
import { playPolicy, type PlayedGame } from './run.ts';
import type { Policy } from './schema.ts';

const HISTORICAL: readonly unknown[] = [vraem, classroom];

/** The historical policy written for this scenario, or null if it has none. */
export function historicalPolicy(scenario: Scenario): Policy | null {
  for (const raw of HISTORICAL) {
    if ((raw as { scenario?: unknown }).scenario !== scenario.id) continue;
    const parsed = parsePolicy(raw, scenario);
    if (!parsed.ok) throw new Error(`historical policy for ${scenario.id}: ${parsed.errors.join('; ')}`);
    return parsed.value;
  }
  return null;
}

/** The historical path played on a seed (up to `turns`), or null if the scenario has none. */
export function playHistorical(scenario: Scenario, seed: string, turns?: number): PlayedGame | null {
  const policy = historicalPolicy(scenario);
  return policy ? playPolicy(scenario, policy, seed, turns === undefined ? {} : { turns }) : null;
}
