import { describe, expect, it } from 'vitest';
import { pairedDifference, quantile, variance, withinShare } from '../../src/analysis/stats.ts';

describe('analysis statistics', () => {
  it('interpolates quantiles between sorted values', () => {
    expect(quantile([10, 20, 30, 40, 50], 0.5)).toBe(30);
    expect(quantile([10, 20, 30, 40, 50], 0.1)).toBeCloseTo(14);
    expect(quantile([10, 20, 30, 40, 50], 0.9)).toBeCloseTo(46);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('splits variance into within-group and total', () => {
    // Two groups far apart with a little spread inside: the seed explains little.
    const apart = [
      [0, 1, 2],
      [100, 101, 102],
    ];
    expect(withinShare(apart)).toBeCloseTo(variance([0, 1, 2]) / variance(apart.flat()));
    expect(withinShare(apart)).toBeLessThan(0.001);
    // Groups with equal means: all the variance lies within them.
    expect(withinShare([
      [0, 10],
      [10, 0],
    ])).toBeCloseTo(1);
    expect(withinShare([[5, 5], [5, 5]])).toBe(0);
  });

  it('pairs differences seed by seed', () => {
    const a = [10, 20, 30, 40];
    const b = [9, 19, 29, 39];
    // The two vary a lot but always differ by one: no uncertainty about the difference.
    expect(pairedDifference(a, b)).toEqual({ mean: 1, standardError: 0 });
    const noisy = pairedDifference([1, 3, 1, 3], [2, 2, 2, 2]);
    expect(noisy.mean).toBe(0);
    expect(noisy.standardError).toBeCloseTo(Math.sqrt(4 / 3 / 4));
  });
});
