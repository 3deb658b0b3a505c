import { describe, expect, it } from 'vitest';
import { questionedFigures, setFigure } from '../../src/game/ui/assumptionFigures.ts';
import { en } from '../../src/game/strings/en.ts';
import { parseScenario, valueAtPath } from '../../src/scenario/load.ts';
import { loadScenario } from '../engine/helpers.ts';

const vraem = loadScenario();

describe('the figures the Assumptions panel offers', () => {
  it('are replanting, the clan\'s recovery and take, every model position and the leaf price, each a number of the scenario', () => {
    const figures = questionedFigures(vraem, en.assumptions);
    expect(figures.map((f) => f.path)).toEqual([
      'mechanisms.eradication-shock.replantShare',
      'mechanisms.eradication-shock.alternativeReplantCut',
      'mechanisms.insurgent-resilience.recoveryRate',
      'mechanisms.insurgent-resilience.revenueShare',
      'mechanisms.state-substitution.criticsView.weight',
      'economy.coca.pricePerKg',
    ]);
    expect(figures[4]!.label).toContain(vraem.mechanisms['state-substitution'].criticsView.name);
  });

  it('leave out a figure the scenario does not have', () => {
    const copy = structuredClone(vraem) as unknown as { economy: { coca: Record<string, unknown> } };
    delete copy.economy.coca.pricePerKg;
    expect(questionedFigures(copy as unknown as typeof vraem, en.assumptions).map((f) => f.path)).not.toContain('economy.coca.pricePerKg');
  });

  it('write a changed figure into the copy and its calibration entry, so the validator accepts the what-if', () => {
    const copy = structuredClone(vraem);
    setFigure(copy, 'mechanisms.eradication-shock.replantShare', 0.5);
    expect(valueAtPath(copy, 'mechanisms.eradication-shock.replantShare')).toBe(0.5);
    expect(copy.calibration.find((c) => c.path === 'mechanisms.eradication-shock.replantShare')!.value).toBe(0.5);
    expect(parseScenario(copy).ok).toBe(true);
    expect(vraem.mechanisms['eradication-shock'].replantShare).toBe(0.92);
    setFigure(copy, 'mechanisms.eradication-shock.replantShare', 1.5);
    const refused = parseScenario(copy);
    expect(refused.ok ? [] : refused.errors).toEqual([expect.stringMatching(/^mechanisms\.eradication-shock\.replantShare: /)]);
  });
});
