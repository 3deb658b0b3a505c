import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { affordable, constantPlan, outcomeOf, playPlan, PlanRefused, policyPlan } from '../../src/analysis/plans.ts';
import { assess, hashState } from '../../src/engine/index.ts';
import { parsePolicyText } from '../../src/policy/load.ts';
import { playPolicy } from '../../src/policy/run.ts';
import { shippedScenario } from './scenario.ts';

const vraem = shippedScenario('vraem-2012');

describe('plans', () => {
  it('plays a shipped policy exactly as npm run sim does', () => {
    for (const name of ['paired', 'committees-without-oversight']) {
      const parsed = parsePolicyText(readFileSync(`policies/${name}.json`, 'utf8'), vraem);
      if (!parsed.ok) throw new Error(parsed.errors.join('; '));
      const viaSim = playPolicy(vraem, parsed.value, '9', { explain: false });
      const viaPlan = playPlan(vraem, policyPlan(parsed.value), '9');
      expect(hashState(viaPlan)).toBe(hashState(viaSim.states[viaSim.states.length - 1]!));
    }
  });

  it('fills levers left out with the scenario defaults and holds them all game', () => {
    const plan = constantPlan(vraem, { militaryOperations: 0 });
    const end = playPlan(vraem, plan, '3');
    expect(end.finished).toBe(true);
    expect(end.lastLevers).toEqual({ ...Object.fromEntries(vraem.levers.map((l) => [l.id, l.default])), militaryOperations: 0 });
    expect(outcomeOf(vraem, end).criteria).toEqual(assess(vraem, end).map((c) => c.value));
  });

  it('refuses a plan the budget cannot pay, naming the turn', () => {
    const dear = { eradicationPace: 100, developmentFunding: 200, committeeSupport: 100, committeeOversight: 100, militaryOperations: 100 };
    expect(affordable(vraem, dear)).toBe(false);
    expect(() => playPlan(vraem, constantPlan(vraem, dear), '1')).toThrow(PlanRefused);
    expect(() => playPlan(vraem, constantPlan(vraem, dear), '1')).toThrow(/turn 1: levers: cost 490\.0 exceeds the budget/);
  });
});
