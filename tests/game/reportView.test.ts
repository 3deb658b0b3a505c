import { describe, expect, it } from 'vitest';
import { step } from '../../src/engine/index.ts';
import { createGame } from '../../src/engine/state.ts';
import { groupDeltas } from '../../src/game/ui/reportView.ts';
import { vraem } from '../engine/helpers.ts';

describe('the turn report', () => {
  it('groups every change by mechanism, sums it per community and metric, biggest first', () => {
    const result = step(vraem, createGame(vraem, 'report'), { levers: { eradicationPace: 100, developmentFunding: 0 } });
    if (!result.ok) throw new Error(result.error.message);
    const groups = groupDeltas(result.report.deltas);
    expect(new Set(groups.map((g) => g.mechanism)).size).toBe(groups.length);
    expect(groups.some((g) => g.mechanism === 'eradication-shock')).toBe(true);
    const shock = groups.find((g) => g.mechanism === 'eradication-shock')!;
    expect(shock.evidence).toBe('zech-eradication-alone');
    const pichariCoca = shock.lines.find((l) => l.community === 'pichari' && l.metric === 'cocaHectares')!;
    const expected = result.report.deltas.filter((d) => d.mechanism === 'eradication-shock' && d.community === 'pichari' && d.metric === 'cocaHectares').reduce((a, d) => a + d.amount, 0);
    expect(pichariCoca.amount).toBe(expected);
    // Within a group, lines are ordered by weighted size.
    const sizes = shock.lines.map((l) => Math.abs(l.amount) / (l.metric.endsWith('Hectares') ? 50 : 1));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });
});
