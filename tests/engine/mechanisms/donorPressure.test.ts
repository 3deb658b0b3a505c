import { describe, expect, it } from 'vitest';
import { donorPressure } from '../../../src/engine/mechanisms/donorPressure.ts';
import { createGame } from '../../../src/engine/state.ts';
import { runMechanism, vraem } from '../helpers.ts';

describe('donor-pressure', () => {
  const p = vraem.mechanisms['donor-pressure'];
  const start = createGame(vraem, 'unit');

  it('pays the full amount when the yearly eradication target is met', () => {
    const busy = { ...start, recentEradication: [0, p.eradicationTargetPerYear, 0, 0] };
    const run = runMechanism(donorPressure, { state: busy, levers: { eradicationPace: 0 } });
    expect(start.donorFunding + run.total('donorFunding', null)).toBe(Math.round(p.maxFundingPerTurn * 1000));
  });

  it('falls to its floor when nothing is eradicated', () => {
    const idle = { ...start, donorFunding: p.maxFundingPerTurn * 1000 };
    const run = runMechanism(donorPressure, { state: idle, levers: { eradicationPace: 0 } });
    expect(idle.donorFunding + run.total('donorFunding', null)).toBe(Math.round(p.maxFundingPerTurn * 1000 * p.floorShare));
  });

  it('counts this turn\'s eradication toward the year', () => {
    const quiet = runMechanism(donorPressure, { levers: { eradicationPace: 0 } }).total('donorFunding', null);
    const active = runMechanism(donorPressure, { levers: { eradicationPace: 100 } }).total('donorFunding', null);
    expect(active).toBeGreaterThan(quiet);
  });
});
