import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referencePath } from '../../src/analysis/comparison.ts';
import { timelineOf } from '../../src/analysis/timeline.ts';
import { assess } from '../../src/engine/index.ts';
import { playPolicy } from '../../src/policy/run.ts';
import { loadPolicy, vraem } from '../engine/helpers.ts';

describe('referencePath', () => {
  it('plays the reference policy on the run\'s own seed', () => {
    const raw = JSON.parse(readFileSync('policies/status-quo.json', 'utf8'));
    const path = referencePath(vraem, raw, '7');
    if (!path.ok) throw new Error(path.reason);
    const direct = playPolicy(vraem, loadPolicy('status-quo'), '7', { explain: false });
    expect(path.states.map((s) => s.rng)).toEqual(direct.states.map((s) => s.rng));
    expect(path.assessment).toEqual(assess(vraem, direct.states[direct.states.length - 1]!));
    expect(path.policy.name).toBe('Status quo');
  });

  it('says why a policy cannot serve (a lever the scenario lacks, an overspent budget)', () => {
    const unknown = referencePath(vraem, { name: 'Odd', description: 'x', levers: { cropInsurance: 5 } }, '7');
    expect(unknown).toMatchObject({ ok: false, name: 'Odd' });
    if (!unknown.ok) expect(unknown.reason).toMatch(/levers\.cropInsurance: unknown lever/);
    const lavish = referencePath(vraem, { name: 'Lavish', description: 'x', levers: { eradicationPace: 100, developmentFunding: 200, militaryOperations: 100 } }, '7');
    if (lavish.ok) throw new Error('expected an overspent budget');
    expect(lavish.reason).toMatch(/^turn 1: .*exceeds the budget/);
    expect(referencePath(vraem, 'not a policy', '7').ok).toBe(false);
  });
});

describe('timelineOf', () => {
  it('lists dated entries oldest first, each with its source\'s citation and place in it', () => {
    const scenario = {
      ...vraem,
      sources: [...vraem.sources, { id: 'zech-test', author: 'Steven T. Zech', title: 'Between Two Fires', publication: 'CTC Sentinel', date: 'April 2014', url: 'https://example.org/zech' }],
      timeline: [
        { date: '2013-08', title: 'Later', text: 'b', source: 'zech-test', locator: 'endnote 20', grade: 'stated' as const },
        { date: '2012-04', title: 'Earlier', text: 'a', source: 'zech-test', locator: 'introduction', grade: 'external' as const },
      ],
    };
    const items = timelineOf(scenario);
    expect(items.map((i) => i.title)).toEqual(['Earlier', 'Later']);
    expect(items[1]).toMatchObject({ citation: 'Steven T. Zech, Between Two Fires, CTC Sentinel, April 2014 (endnote 20)', url: 'https://example.org/zech', grade: 'stated' });
  });

  it('is empty for a scenario without a timeline', () => {
    expect(timelineOf({ ...vraem, timeline: [] })).toEqual([]);
  });
});
