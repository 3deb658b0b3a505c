import { describe, expect, it } from 'vitest';
import { dominates, paretoFront } from '../../src/analysis/pareto.ts';

describe('Pareto front', () => {
  const better = ['higher', 'lower'] as const;

  it('dominance needs no worse on every criterion and better on one, each in its own direction', () => {
    expect(dominates([5, 1], [4, 2], better)).toBe(true);
    expect(dominates([5, 2], [4, 2], better)).toBe(true);
    expect(dominates([4, 2], [4, 2], better)).toBe(false);
    expect(dominates([5, 3], [4, 2], better)).toBe(false);
    expect(dominates([4, 2], [5, 1], better)).toBe(false);
  });

  it('keeps exactly the points nothing dominates, in their order', () => {
    const points = [
      [1, 1], // front: lowest on the second criterion
      [3, 2], // front
      [2, 3], // dominated by [3, 2]
      [5, 4], // front: highest on the first
      [5, 5], // dominated by [5, 4]
      [3, 2], // a tie with [3, 2]: neither dominates the other, both stay
    ];
    expect(paretoFront(points, better)).toEqual([0, 1, 3, 5]);
  });

  it('is everything when criteria pull in opposite directions along a line', () => {
    const points = Array.from({ length: 6 }, (_, i) => [i, i]);
    expect(paretoFront(points, better)).toHaveLength(6);
    expect(paretoFront(points, ['higher', 'higher'])).toEqual([5]);
  });
});
