import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outsideSupport, parameterEvidence } from '../../../src/game/workshop/parameterEvidence.ts';
import { parseScenario, valueAtPath } from '../../../src/scenario/load.ts';

const SHIPPED = ['vraem-2012', 'upper-huallaga-2005', 'classroom-short'] as const;
const raw = (name: string) => JSON.parse(readFileSync(`scenarios/${name}.json`, 'utf8')) as Record<string, any>;
const vraem = raw('vraem-2012');

describe('parameterEvidence', () => {
  it('gives a calibrated figure its entry: grade, note, evidence note, source and supported range', () => {
    const info = parameterEvidence(vraem, 'economy.coca.harvestsPerYear', 'en')!;
    const entry = vraem.calibration.find((c: { path: string }) => c.path === 'economy.coca.harvestsPerYear');
    const cited = vraem.evidence.find((n: { id: string }) => n.id === entry.evidence);
    expect(info.grade).toBe('stated');
    expect(info.note).toBe(entry.note);
    expect(info.evidenceId).toBe('zech-harvests');
    expect(info.paraphrase).toBe(cited.paraphrase);
    expect(info.sourceTitle).toBe(vraem.sources.find((s: { id: string }) => s.id === cited.source).title);
    expect(info.supports).toEqual({ min: 4, max: 5 });
  });

  it('speaks Spanish where the scenario is translated, and says when a note is in English only', () => {
    const path = 'mechanisms.eradication-shock.replantShare';
    const en = parameterEvidence(vraem, path, 'en')!;
    const es = parameterEvidence(vraem, path, 'es')!;
    expect(es.grade).toBe(en.grade);
    expect(en.noteLang).toBe('en');
    expect(es.note).toBe(vraem.translations.es[`calibration[${path}].note`]);
    expect(es.noteLang).toBe('es');
    const untranslated = parameterEvidence(vraem, 'economy.coca.netShare', 'es')!;
    expect(untranslated.note).toBe(parameterEvidence(vraem, 'economy.coca.netShare', 'en')!.note);
    expect(untranslated.noteLang).toBe('en');
    expect(es.paraphrase).toBe(vraem.translations.es[`evidence[${en.evidenceId}].paraphrase`]);
    expect(es.paraphrase).not.toBe(en.paraphrase);
    expect(es.supports?.reason).toBe(vraem.translations.es[`calibration[${path}].supports.reason`]);
    expect(es.supports?.reason).not.toBe(en.supports?.reason);
  });

  it('grades a parameter with no note of its own "none", saying what its mechanism rests on and that note\'s grade in words', () => {
    const path = 'mechanisms.eradication-shock.grievanceFade';
    expect(vraem.calibration.some((c: { path: string }) => c.path === path)).toBe(false);
    const first = vraem.evidence.find((n: { id: string }) => n.id === vraem.mechanisms['eradication-shock'].evidence[0]);
    const info = parameterEvidence(vraem, path, 'en')!;
    expect(info.grade).toBe('none');
    expect(info.evidenceId).toBe(first.id);
    expect(info.note).toMatch(/^No note for this figure of its own\. Its mechanism rests on a note graded "(stated in a source|inferred from a source|published figure|assumption)"/);
    expect(info.note).toContain(`graded "${{ stated: 'stated in a source', inferred: 'inferred from a source', external: 'published figure', assumption: 'assumption' }[first.grade as string]}"`);
    expect(info.note).toContain(first.paraphrase);
    expect(info.supports).toBeUndefined();
    expect(parameterEvidence(vraem, path, 'es')!.note).toMatch(/^Esta cifra no tiene nota propia/);
  });

  it('takes a model position\'s own grade when its weight has no calibration entry', () => {
    const copy = structuredClone(vraem);
    copy.calibration = copy.calibration.filter((c: { path: string }) => !c.path.endsWith('criticsView.weight'));
    const info = parameterEvidence(copy, 'mechanisms.state-substitution.criticsView.weight', 'en')!;
    expect(info.grade).toBe(copy.mechanisms['state-substitution'].criticsView.grade);
    expect(info.note).toContain(copy.mechanisms['state-substitution'].criticsView.heldBy);
  });

  it('never invents a grade: a number with no note is "none", a path naming no number is null', () => {
    expect(parameterEvidence(vraem, 'communities[3].trust', 'en')).toEqual({ grade: 'none' });
    expect(parameterEvidence(vraem, 'communities[99].trust', 'en')).toBeNull();
    expect(parameterEvidence(vraem, 'title', 'en')).toBeNull();
    expect(parameterEvidence('not a scenario', 'title', 'en')).toBeNull();
    // A draft with broken evidence still answers from what is there.
    const broken = { ...structuredClone(vraem), evidence: 'lost', sources: null };
    expect(parameterEvidence(broken, 'economy.coca.harvestsPerYear', 'en')).toMatchObject({ grade: 'stated', evidenceId: 'zech-harvests', supports: { min: 4, max: 5 } });
    expect(parameterEvidence(broken, 'mechanisms.eradication-shock.grievanceFade', 'en')).toEqual({ grade: 'none' });
  });

  it('says when a value leaves the supported range, and never where no range is stated', () => {
    const info = parameterEvidence(vraem, 'mechanisms.eradication-shock.replantShare', 'en');
    expect(outsideSupport(info, 0.92)).toBe(false);
    expect(outsideSupport(info, 0.7)).toBe(true);
    expect(outsideSupport(info, 0.99)).toBe(true);
    expect(outsideSupport(parameterEvidence(vraem, 'economy.coca.netShare', 'en'), 0.99)).toBe(false);
    expect(outsideSupport(null, 5)).toBe(false);
  });

  it.each(SHIPPED)('%s: every stated range is valid, holds the shipped value, and its reason is in Spanish too', (name) => {
    const scenario = raw(name);
    const parsed = parseScenario(scenario);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    const ranged = scenario.calibration.filter((c: { supports?: unknown }) => c.supports);
    expect(ranged.length).toBeGreaterThan(2);
    for (const entry of ranged) {
      const info = parameterEvidence(scenario, entry.path, 'es')!;
      expect(outsideSupport(info, valueAtPath(scenario, entry.path) as number), entry.path).toBe(false);
      if (entry.supports.reason) expect(info.supports?.reason, entry.path).toBe(scenario.translations.es[`calibration[${entry.path}].supports.reason`]);
    }
  });

  it('the schema refuses a range whose low end is above its high end, naming the path', () => {
    const copy = structuredClone(vraem);
    const i = copy.calibration.findIndex((c: { supports?: unknown }) => c.supports);
    copy.calibration[i].supports = { min: 5, max: 4 };
    const parsed = parseScenario(copy);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toEqual([expect.stringMatching(new RegExp(`^calibration\\[${i}\\]\\.supports\\.max: expected min to be at most max`))]);
  });
});
