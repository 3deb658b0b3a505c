import { describe, expect, it } from 'vitest';
import { ownQuestions } from '../../src/analysis/reflection.ts';
import type { Decisions } from '../../src/engine/index.ts';
import { vraem } from '../engine/helpers.ts';

const STATUS_QUO = { eradicationPace: 10, developmentFunding: 60, committeeSupport: 10, committeeOversight: 10, militaryOperations: 40 };
const game = (levers: Partial<typeof STATUS_QUO>, from = 0): Decisions[] => Array.from({ length: 20 }, (_, i) => ({ levers: { ...STATUS_QUO, ...(i >= from ? levers : {}) } }));

describe('ownQuestions', () => {
  it('asks about replanting after hard eradication, and about abuse after committees armed without oversight', () => {
    expect(ownQuestions(vraem, game({ eradicationPace: 80 }, 2))).toEqual(['replanting']);
    expect(ownQuestions(vraem, game({ committeeSupport: 70 }, 1))).toEqual(['committeeAbuse']);
    expect(ownQuestions(vraem, game({ committeeSupport: 70, committeeOversight: 50 }, 1))).toEqual(['committeeOversight']);
  });

  it('asks about blind operations, money alone, or holding still, each from the levers as played', () => {
    expect(ownQuestions(vraem, game({ militaryOperations: 90 }, 1))).toEqual(['blindOperations']);
    expect(ownQuestions(vraem, game({ developmentFunding: 160 }, 1))).toEqual(['moneyAlone']);
    expect(ownQuestions(vraem, game({}))).toEqual(['heldStill']);
  });

  it('weighs the whole game: a lever pushed for a few turns only raises no question', () => {
    expect(ownQuestions(vraem, game({ eradicationPace: 80 }, 17))).toEqual([]);
  });

  it('asks three questions at most, in a fixed order', () => {
    const all = ownQuestions(vraem, game({ eradicationPace: 80, committeeSupport: 70, militaryOperations: 90, developmentFunding: 10 }, 1));
    expect(all).toEqual(['replanting', 'committeeAbuse', 'blindOperations']);
  });
});
