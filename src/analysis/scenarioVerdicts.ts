/**
 * A scenario's own checks and the stylized facts, one at a time, as plain data a worker can send
 * back: which was asked, whether it passed, and the figures behind the answer. The workshop's
 * "Run checks" shares them out among the analysis workers.
 */
import { runCheck } from '../authoring/scenarioChecks.ts';
import type { Scenario } from '../scenario/schema.ts';
import { FACTS } from './facts.ts';

/**
 * Seeds each stylized fact is played over on demand: the 200 the tests judge it on, so the
 * workshop's verdict is the tests' verdict (the twelve facts take a few seconds in the workers).
 */
export const FACT_SEEDS = 200;

export interface VerdictAsked {
  readonly kind: 'check' | 'fact';
  readonly id: string;
}

export interface Verdict extends VerdictAsked {
  readonly passed: boolean;
  readonly detail: string;
}

/** What a scenario can be asked: its own checks, and the stylized facts when it is a copy of a shipped scenario. */
export function verdictsFor(scenario: Scenario, withFacts: boolean): VerdictAsked[] {
  return [...scenario.checks.map((c) => ({ kind: 'check' as const, id: c.id })), ...(withFacts ? FACTS.map((f) => ({ kind: 'fact' as const, id: f.id })) : [])];
}

export function verdict(scenario: Scenario, asked: VerdictAsked): Verdict {
  try {
    if (asked.kind === 'check') {
      const check = scenario.checks.find((c) => c.id === asked.id);
      if (!check) return { ...asked, passed: false, detail: `no check "${asked.id}" in this scenario` };
      const result = runCheck(scenario, check);
      return { ...asked, passed: result.passed, detail: result.detail };
    }
    const fact = FACTS.find((f) => f.id === asked.id);
    if (!fact) return { ...asked, passed: false, detail: `no stylized fact "${asked.id}"` };
    const result = fact.evaluate(scenario, { seeds: FACT_SEEDS });
    return { ...asked, passed: result.holds, detail: `${result.detail} (${FACT_SEEDS} seeds)` };
  } catch (error) {
    // A plan the changed scenario refuses (a lever it lacks, a budget too small) fails the check, saying why.
    return { ...asked, passed: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
