import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCheck, runChecks } from '../../src/authoring/scenarioChecks.ts';
import type { ScenarioCheck } from '../../src/scenario/schema.ts';
import { loadScenario, vraem } from '../engine/helpers.ts';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'schema.json');

describe('scenario checks', () => {
  for (const file of files) {
    it(`scenarios/${file} tells the story its checks describe`, () => {
      const scenario = loadScenario(`scenarios/${file}`);
      expect(scenario.checks.length).toBeGreaterThan(0);
      expect(runChecks(scenario)).toEqual([]);
    });
  }

  const check: ScenarioCheck = {
    id: 'impossible',
    description: 'Eradication alone raises trust.',
    measure: 'meanTrust',
    turn: 8,
    policy: { levers: { eradicationPace: 100, developmentFunding: 0, committeeSupport: 0, committeeOversight: 0, militaryOperations: 40 }, turns: [] },
    expect: 'above',
    than: { turn: 0 },
    margin: 0,
    seeds: 5,
  };

  it('reports a check that fails, with the figures', () => {
    const result = runCheck(vraem, check);
    expect(result.passed).toBe(false);
    expect(result.detail).toMatch(/^meanTrust at turn 8 is [\d.]+, expected above [\d.]+ at turn 0 \(mean of 5 seeds\)$/);
    const findings = runChecks({ ...vraem, checks: [check] });
    expect(findings[0]!.message).toMatch(/^check "impossible" failed \(Eradication alone raises trust\.\): meanTrust at turn 8/);
  });

  it('reports a check that cannot be played', () => {
    const unaffordable = { ...check, policy: { levers: { eradicationPace: 100, developmentFunding: 200, militaryOperations: 100 }, turns: [] } };
    expect(runChecks({ ...vraem, checks: [unaffordable] })[0]!.message).toMatch(/^check "impossible" cannot be played: turn 1: levers: cost 427\.0 exceeds the budget/);
  });
});
