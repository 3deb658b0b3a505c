// The stylized facts of the brief (shared/BRIEF.md), as defined in src/analysis/facts.ts: each
// played from the shipped start over 200 seeds, each with a margin whose reason it states.
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/analysis/facts.ts';
import { vraem } from './helpers.ts';

const SEEDS = 200;

describe(`stylized facts from the shipped start of ${vraem.id} (${SEEDS} seeds each)`, () => {
  it('every fact has a stated margin reason and a unique id', () => {
    expect(new Set(FACTS.map((f) => f.id)).size).toBe(FACTS.length);
    for (const fact of FACTS) expect(fact.marginReason.length).toBeGreaterThan(20);
  });

  for (const fact of FACTS) {
    it(fact.title, () => {
      const result = fact.evaluate(vraem, { seeds: SEEDS });
      expect(result.margin, result.detail).toBeGreaterThan(0);
      expect(result.holds).toBe(true);
    }, 180_000);
  }
});
