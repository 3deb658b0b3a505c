/**
 * The path a run is compared with at the end: a reference policy (what the state actually did,
 * or the status quo for a scenario without a historical path) played on the run's own seed, so
 * the events drawn are the same and only the decisions differ.
 */
import { assess, type CriterionResult, type GameState } from '../engine/index.ts';
import { parsePolicy } from '../policy/load.ts';
import { playPolicy, PolicyError } from '../policy/run.ts';
import type { Policy } from '../policy/schema.ts';
import type { Scenario } from '../scenario/schema.ts';

export type ReferencePath =
  | { readonly ok: true; readonly policy: Policy; readonly states: readonly GameState[]; readonly assessment: readonly CriterionResult[] }
  | { readonly ok: false; readonly name: string; readonly reason: string };

/** Plays the reference policy (raw JSON, untrusted) on the seed for as many turns as the run has. */
export function referencePath(scenario: Scenario, rawPolicy: unknown, seed: string, turns = scenario.calendar.turns): ReferencePath {
  const parsed = parsePolicy(rawPolicy, scenario);
  const name = typeof (rawPolicy as { name?: unknown })?.name === 'string' ? (rawPolicy as { name: string }).name : '';
  if (!parsed.ok) return { ok: false, name, reason: parsed.errors.slice(0, 2).join('; ') };
  try {
    const game = playPolicy(scenario, parsed.value, seed, { explain: false, turns });
    return { ok: true, policy: parsed.value, states: game.states, assessment: assess(scenario, game.states[game.states.length - 1]!) };
  } catch (error) {
    if (error instanceof PolicyError) return { ok: false, name, reason: error.message };
    throw error;
  }
}
