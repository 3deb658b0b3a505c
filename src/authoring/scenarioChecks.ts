/**
 * Runs a scenario's own checks: each plays a scripted policy over a set of seeds and compares
 * the mean of a region-wide figure with another policy, a fixed value or another turn.
 */
import { summarizeRegion } from '../engine/index.ts';
import { playPolicy } from '../policy/run.ts';
import type { Policy } from '../policy/schema.ts';
import type { Scenario, ScenarioCheck } from '../scenario/schema.ts';
import type { Finding } from './checks.ts';

type Plan = ScenarioCheck['policy'];

function asPolicy(plan: Plan): Policy {
  return {
    name: 'check',
    description: 'check',
    levers: plan.levers,
    ...(plan.allocation ? { allocation: plan.allocation } : {}),
    turns: plan.turns.map((range) => ({ ...range })),
    choices: { rule: 'first', byEvent: {} },
  };
}

/** Mean of the measure at each asked turn, over the check's seeds. */
function means(scenario: Scenario, check: ScenarioCheck, plan: Plan, turns: readonly number[]): number[] {
  const sums = turns.map(() => 0);
  for (let i = 0; i < check.seeds; i++) {
    const { states } = playPolicy(scenario, asPolicy(plan), `check-${check.id}-${i}`, { explain: false, turns: Math.max(...turns) });
    turns.forEach((turn, k) => (sums[k]! += summarizeRegion(scenario, states[turn]!)[check.measure] / check.seeds));
  }
  return sums;
}

export interface CheckResult {
  readonly id: string;
  readonly passed: boolean;
  readonly detail: string;
}

export function runCheck(scenario: Scenario, check: ScenarioCheck): CheckResult {
  const than = check.than;
  const turns = 'turn' in than ? [check.turn, than.turn] : [check.turn];
  const [mean, sameRunOther] = means(scenario, check, check.policy, turns) as [number, number | undefined];
  const other = 'value' in than ? than.value : 'policy' in than ? means(scenario, check, than.policy, [check.turn])[0]! : sameRunOther!;
  const passed = check.expect === 'below' ? mean < other - check.margin : mean > other + check.margin;
  const what = 'value' in than ? `${than.value}` : 'policy' in than ? `the other policy's ${other.toFixed(1)}` : `${other.toFixed(1)} at turn ${than.turn}`;
  const margin = check.margin > 0 ? ` by more than ${check.margin}` : '';
  return { id: check.id, passed, detail: `${check.measure} at turn ${check.turn} is ${mean.toFixed(1)}, expected ${check.expect} ${what}${margin} (mean of ${check.seeds} seeds)` };
}

/** Findings for the validator: a failed check is an error naming the story it protects. */
export function runChecks(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  scenario.checks.forEach((check, i) => {
    const turnsUsed = [check.turn, ...('turn' in check.than ? [check.than.turn] : [])];
    if (turnsUsed.some((turn) => turn > scenario.calendar.turns)) {
      findings.push({ level: 'error', path: `checks[${i}].turn`, message: `turn ${Math.max(...turnsUsed)} is after the last turn (${scenario.calendar.turns})` });
      return;
    }
    try {
      const result = runCheck(scenario, check);
      if (!result.passed) findings.push({ level: 'error', path: `checks[${i}]`, message: `check "${check.id}" failed (${check.description}): ${result.detail}` });
    } catch (error) {
      findings.push({ level: 'error', path: `checks[${i}].policy`, message: `check "${check.id}" cannot be played: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
  return findings;
}
