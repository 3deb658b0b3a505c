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
});
