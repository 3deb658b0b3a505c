import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/engine/context.ts';
import { leakageShare } from '../../../src/engine/leakage.ts';
import { moneyIsNotEnough } from '../../../src/engine/mechanisms/moneyIsNotEnough.ts';
import { defaultLevers } from '../../../src/engine/state.ts';
import { createGame } from '../../../src/engine/state.ts';
import { fixedRng, runMechanism, vraem, withCommunities } from '../helpers.ts';

describe('money-is-not-enough', () => {
  it('loses part of every development budget before it reaches the field', () => {
    // Past investment, so the loss is not clipped at zero when this mechanism runs alone.
    const state = withCommunities(createGame(vraem, 'unit'), { developmentInvested: 1_000_000 });
    const run = runMechanism(moneyIsNotEnough, { state, levers: { developmentFunding: 80 } });
    const perCommunity = (80 * 1000) / vraem.communities.length;
    for (const c of vraem.communities) {
      const lost = -run.total('developmentInvested', c.id);
      expect(lost).toBeGreaterThan(perCommunity * 0.1);
      expect(lost).toBeLessThan(perCommunity * 0.9);
    }
  });

  it('loses less where an organized committee follows the money, more where the clan is strong', () => {
    expect(leakageShare(vraem, 1, 0)).toBeLessThan(leakageShare(vraem, 0, 0));
    expect(leakageShare(vraem, 0, 1)).toBeGreaterThan(leakageShare(vraem, 0, 0));
    expect(leakageShare(vraem, 0, 1)).toBeLessThanOrEqual(0.95);
  });

  it('lets the clan tax projects sent where it holds sway', () => {
    const tax = (influence: number, funding: number) => {
      const state = withCommunities(createGame(vraem, 'unit'), { insurgentInfluence: influence });
      const levers = { ...defaultLevers(vraem), developmentFunding: funding };
      return buildContext(vraem, state, levers, vraem.communities.map(() => 1), fixedRng(0.5)).projectTax;
    };
    expect(tax(8000, 200)).toBeGreaterThan(tax(1000, 200) * 4);
    expect(tax(8000, 0)).toBe(0);
  });

  it('changes nothing when there is no money', () => {
    expect(runMechanism(moneyIsNotEnough, { levers: { developmentFunding: 0 } }).deltas).toEqual([]);
  });
});
