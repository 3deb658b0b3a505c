import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { resumeRng, seedRng } from '../../src/engine/rng.ts';

describe('seeded generator', () => {
  it('gives the same stream for the same seed and different streams for different seeds', () => {
    const a = resumeRng(seedRng('7'));
    const b = resumeRng(seedRng('7'));
    const c = resumeRng(seedRng('8'));
    const draws = (rng: typeof a) => Array.from({ length: 5 }, () => rng.next());
    const first = draws(a);
    expect(draws(b)).toEqual(first);
    expect(draws(c)).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('resumes exactly from a saved state', () => {
    const rng = resumeRng(seedRng('resume'));
    rng.next();
    rng.next();
    const saved = rng.state();
    const expected = [rng.next(), rng.next(), rng.next()];
    const resumed = resumeRng(JSON.parse(JSON.stringify(saved)));
    expect([resumed.next(), resumed.next(), resumed.next()]).toEqual(expected);
  });

  it('steps exactly as seedrandom\'s Alea, state for state', () => {
    for (const seed of ['7', 'vraem', '', 'ñandú-42']) {
      const reference = seedrandom.alea(seed, { state: true });
      const ours = resumeRng(seedRng(seed));
      for (let i = 0; i < 1000; i++) expect(ours.next()).toBe(reference());
      expect(ours.state()).toEqual(reference.state());
    }
  });
});
