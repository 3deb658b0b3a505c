import { describe, expect, it } from 'vitest';
import { availableBudget, validateDecisions } from '../../src/engine/decisions.ts';
import { createGame } from '../../src/engine/state.ts';
import { step } from '../../src/engine/step.ts';
import { deltasOf } from '../../src/engine/record.ts';
import { vraem } from './helpers.ts';

describe('decisions', () => {
  const start = createGame(vraem, 'decisions');
  const refusal = (decisions: Parameters<typeof validateDecisions>[2], state = start) => {
    const result = validateDecisions(vraem, state, decisions);
    return result.ok ? null : result.error;
  };

  it('keeps last turn\'s value for a lever left out', () => {
    const result = validateDecisions(vraem, start, { levers: { militaryOperations: 10 } });
    expect(result.ok && result.value.levers.eradicationPace).toBe(start.lastLevers.eradicationPace);
  });

  it('refuses an unknown lever, naming it', () => {
    expect(refusal({ levers: { airstrikes: 5 } })).toEqual({ code: 'unknown-lever', message: 'levers.airstrikes: unknown lever "airstrikes"' });
  });

  it('refuses a value out of range', () => {
    expect(refusal({ levers: { eradicationPace: 140 } })).toEqual({
      code: 'lever-out-of-range',
      message: 'levers.eradicationPace: expected a number between 0 and 100, got 140',
    });
    expect(refusal({ levers: { eradicationPace: Number.NaN } })?.code).toBe('lever-out-of-range');
  });

  it('refuses spending beyond the budget', () => {
    const error = refusal({ levers: { eradicationPace: 100, developmentFunding: 200, militaryOperations: 100 } });
    expect(error?.code).toBe('over-budget');
    expect(error?.message).toMatch(/^levers: cost 427\.0 exceeds the budget of \d+\.\d million soles$/);
  });

  it('refuses an allocation to an unknown community or a negative weight', () => {
    expect(refusal({ allocation: { atlantis: 1 } })?.message).toBe('allocation.atlantis: unknown community "atlantis"');
    expect(refusal({ allocation: { pichari: -1 } })?.code).toBe('bad-allocation');
    expect(refusal({ allocation: { pichari: 0 } })?.code).toBe('bad-allocation');
  });

  it('shares development money by the allocation weights', () => {
    const result = step(vraem, start, { levers: { developmentFunding: 100 }, allocation: { pichari: 3, kimbiri: 1 } });
    if (!result.ok) throw new Error(result.error.message);
    const invested = (id: string) => deltasOf(result.report.record).filter((d) => d.community === id && d.metric === 'developmentInvested' && d.amount > 0).reduce((a, d) => a + d.amount, 0);
    expect(invested('pichari')).toBe(75_000);
    expect(invested('kimbiri')).toBe(25_000);
    expect(invested('huanta')).toBe(0);
  });

  it('counts donor money in the budget', () => {
    expect(availableBudget(vraem, { ...start, donorFunding: 50_000 })).toBe(vraem.budget.perTurn + 50);
  });

  it('refuses to play past the last turn', () => {
    expect(refusal({}, { ...start, turn: vraem.calendar.turns, finished: true })?.code).toBe('game-over');
  });
});
