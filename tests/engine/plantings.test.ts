import { describe, expect, it } from 'vitest';
import { alternativeAppeal } from '../../src/engine/plantings.ts';
import { vraem } from './helpers.ts';

describe('the appeal of a licit alternative', () => {
  const comparable = vraem.mechanisms['voluntary-substitution'].comparableLivingShare;

  it('rises with the square of how close the alternative comes to a comparable living: none for nothing, a quarter at half, all once reached', () => {
    expect(alternativeAppeal(vraem, 0, 1, 0)).toBe(0);
    expect(alternativeAppeal(vraem, comparable / 2, 1, 0)).toBeCloseTo(0.25, 9);
    expect(alternativeAppeal(vraem, comparable, 1, 0)).toBeCloseTo(1, 9);
    expect(alternativeAppeal(vraem, 1, 1, 0)).toBe(1);
  });

  it('is taken only as far as it is safe: security, and no clan taxing the projects', () => {
    expect(alternativeAppeal(vraem, comparable, 0.5, 0)).toBeCloseTo(0.5, 9);
    expect(alternativeAppeal(vraem, comparable, 1, 0.5)).toBeCloseTo(0.5, 9);
  });
});
