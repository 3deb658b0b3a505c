import { describe, expect, it } from 'vitest';
import { ADAPTIVE_PLANS, fit, retimedPlans } from '../../src/analysis/adaptivePolicies.ts';
import { runPlan } from '../../src/analysis/balance.ts';
import { createGame, leverCost } from '../../src/engine/index.ts';
import { shippedScenario, SHIPPED } from './scenario.ts';

const vraem = shippedScenario('vraem-2012');

describe('adaptive plans', () => {
  it('trims a package to another scenario\'s budget, development first', () => {
    const poor = { ...vraem, budget: { ...vraem.budget, perTurn: 150 } };
    const levers = fit(poor, { eradicationPace: 50, developmentFunding: 200, committeeSupport: 50, committeeOversight: 50, militaryOperations: 30 });
    expect(leverCost(poor, levers)).toBeLessThanOrEqual(150);
    expect(levers.eradicationPace).toBe(50);
    expect(levers.developmentFunding).toBeLessThan(200);
  });

  for (const name of SHIPPED) {
    it(`every adaptive plan plays a whole ${name} game within the engine's rules, deterministically`, () => {
      const scenario = shippedScenario(name);
      for (const plan of ADAPTIVE_PLANS) {
        const a = runPlan(scenario, plan, ['1', '2']);
        expect(a.values).toHaveLength(2);
        expect(runPlan(scenario, plan, ['1', '2']).values).toEqual(a.values);
      }
    });
  }

  it('re-times the best constant plan: eradication held back, then raised to keep its total', () => {
    const best = { eradicationPace: 60, developmentFunding: 100, committeeSupport: 50, committeeOversight: 50, militaryOperations: 20 };
    const later = retimedPlans(vraem, best, best).find((p) => p.name === 'best eradicating constant, eradication later')!;
    const start = createGame(vraem, '1');
    const at = (turn: number) => later.decide(vraem, { ...start, turn }).levers;
    expect(at(0)).toEqual({ ...best, eradicationPace: 0 });
    expect(at(7)).toEqual({ ...best, eradicationPace: 0 });
    expect(at(8)).toEqual({ ...best, eradicationPace: 100 });
    const total = Array.from({ length: 20 }, (_, t) => at(t).eradicationPace).reduce((a, b) => a + b, 0);
    expect(total).toBe(best.eradicationPace * 20);
    expect(retimedPlans(vraem, best, best)).toHaveLength(4);
    // Development already at its maximum and no eradication: moving development first changes nothing.
    const saturated = { ...best, developmentFunding: 200, eradicationPace: 0 };
    expect(retimedPlans(vraem, saturated, best).map((p) => p.name)).not.toContain('best constant, development first');
    for (const plan of retimedPlans(vraem, best, best)) {
      for (let turn = 0; turn < 20; turn++) expect(leverCost(vraem, plan.decide(vraem, { ...start, turn }).levers)).toBeLessThanOrEqual(vraem.budget.perTurn);
    }
  });

  it('the Monzón sequence and its reverse set different levers in the same turn', () => {
    const monzon = ADAPTIVE_PLANS.find((p) => p.name === 'monzon')!;
    const reverse = ADAPTIVE_PLANS.find((p) => p.name === 'reverse-monzon')!;
    const ends = [monzon, reverse].map((plan) => runPlan(vraem, plan, ['3']).means);
    expect(ends[0]).not.toEqual(ends[1]);
  });
});
