import { describe, expect, it } from 'vitest';
import type { StylizedFact } from '../../src/analysis/facts.ts';
import { allHold, directionMisses, holdInDirection, sensitivity } from '../../src/analysis/sensitivity.ts';
import { scenarioVariants } from '../../src/analysis/variants.ts';
import { shippedScenario } from './scenario.ts';

const vraem = shippedScenario('vraem-2012');
const variants = scenarioVariants(vraem, 'quick');

/** Stand-in facts whose margins are known functions of the scenario, so the report's answers are known. */
const fact = (id: string, margin: (s: typeof vraem) => number): StylizedFact => ({
  id,
  title: id,
  marginReason: 'a test',
  evaluate: (scenario) => {
    const m = margin(scenario);
    return { holds: m > 0, margin: m, direction: m > -0.1, detail: `margin ${m}` };
  },
});

describe('sensitivity report', () => {
  const recovery = vraem.mechanisms['insurgent-resilience'].recoveryRate;
  const facts = [
    // Follows the clan's recovery rate only, and only below its shipped value: fails when it drops by a quarter.
    fact('recovery', (s) => Math.min(1, s.mechanisms['insurgent-resilience'].recoveryRate / recovery) - 0.8),
    // Grows with a longer game, indifferent to a shorter one: 28 turns move it most.
    fact('length', (s) => Math.max(20, s.calendar.turns) / 10),
  ];
  const report = sensitivity(facts, vraem, variants, { seeds: 1 });

  it('gives each fact its margin as shipped and on every variant', () => {
    expect(report[0]!.base.margin).toBeCloseTo(0.2);
    expect(report[0]!.variants).toHaveLength(variants.length);
    expect(report[1]!.variants.find((v) => v.variant.id === 'turns-28')!.result.margin).toBeCloseTo(2.8);
  });

  it('names the parameter that moves the margin most, and the weakest variant', () => {
    expect(report[0]!.mostSensitive).toMatchObject({ parameter: 'mechanisms.insurgent-resilience', variant: 'insurgent-resilience-25%' });
    expect(report[0]!.mostSensitive!.change).toBeCloseTo(-0.25);
    expect(report[0]!.weakest!.variant.id).toBe('insurgent-resilience-25%');
    expect(report[1]!.mostSensitive).toMatchObject({ parameter: 'calendar.turns', variant: 'turns-28' });
  });

  it('holds only when every fact holds on every variant', () => {
    expect(report[0]!.weakest!.result.holds).toBe(false);
    expect(allHold(report)).toBe(false);
    expect(allHold(report.slice(1))).toBe(true);
  });

  it('judges the combined family in direction: each fact pointing its way on 90% of the variants', () => {
    // The recovery fact misses its threshold on the -25% variant (margin -0.05) but keeps its direction.
    expect(directionMisses(report[0]!)).toEqual({ misses: [], share: 1 });
    expect(holdInDirection(report)).toBe(true);
    // One variant in ten pointing the wrong way still passes; two do not.
    const wrong = (n: number) => ({ ...report[0]!, variants: report[0]!.variants.map((v, i) => (i < n ? { ...v, result: { ...v.result, direction: false } } : v)) });
    const n = report[0]!.variants.length;
    expect(holdInDirection([wrong(Math.floor(n / 10))])).toBe(true);
    expect(holdInDirection([wrong(Math.floor(n / 10) + 1)])).toBe(false);
    expect(directionMisses(wrong(2)).misses.map((m) => m.variant.id)).toEqual(report[0]!.variants.slice(0, 2).map((v) => v.variant.id));
  });
});
