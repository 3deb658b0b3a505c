import { describe, expect, it } from 'vitest';
import { cocaReturn, householdIncome, households, jobShare, licitReturn, livingRatio, wageIncome } from '../../src/engine/economy.ts';
import { createGame } from '../../src/engine/state.ts';
import { vraem, withCommunities } from './helpers.ts';

describe('the household economy', () => {
  const start = createGame(vraem, 'unit');
  const huanta = vraem.communities.findIndex((c) => c.id === 'huanta');
  const def = vraem.communities[huanta]!;

  it('counts paid work for the days a household\'s fields leave free', () => {
    const c = start.communities[huanta]!;
    const p = vraem.mechanisms.livelihood;
    const { coca, licit } = vraem.economy;
    const freeDays = households(def) * p.labourDaysPerHousehold - c.cocaHectares * coca.labourDaysPerHectare - c.licitHectares * licit.labourDaysPerHectare;
    expect(freeDays).toBeGreaterThan(0);
    expect(wageIncome(vraem, def, c)).toBeCloseTo(freeDays * p.dayWage * p.jobShare, 6);
    const crops = c.cocaHectares * cocaReturn(vraem, start) + c.licitHectares * licitReturn(vraem, def, c, start);
    expect(householdIncome(vraem, def, c, start)).toBeCloseTo(def.otherIncome + (crops + wageIncome(vraem, def, c)) / households(def), 6);
  });

  it('finds more work for free days where development has been invested', () => {
    const invested = withCommunities(start, { developmentInvested: 5_000_000 });
    expect(jobShare(vraem, invested.communities[huanta]!)).toBeGreaterThan(jobShare(vraem, start.communities[huanta]!));
    expect(jobShare(vraem, start.communities[huanta]!)).toBeCloseTo(vraem.mechanisms.livelihood.jobShare, 9);
  });

  it('decides the way it counts: moving a hectare from coca to licit crops changes income by the living ratio', () => {
    const c = start.communities[huanta]!;
    const moved = withCommunities(start, (x, i) => (i === huanta ? { cocaHectares: x.cocaHectares - 10, licitHectares: x.licitHectares + 10 } : {}));
    const change = (householdIncome(vraem, def, moved.communities[huanta]!, moved) - householdIncome(vraem, def, c, start)) * households(def);
    const coca = cocaReturn(vraem, start);
    const ratio = livingRatio(vraem, licitReturn(vraem, def, c, start), coca, jobShare(vraem, c));
    expect(ratio).toBeGreaterThan(0);
    expect(ratio).toBeLessThan(1);
    expect(change).toBeCloseTo(10 * coca * (ratio - 1), 3);
  });

  it('pays a switched hectare more where its freed days find work', () => {
    const licit = licitReturn(vraem, def, start.communities[huanta]!, start);
    const coca = cocaReturn(vraem, start);
    expect(livingRatio(vraem, licit, coca, 1)).toBeGreaterThan(livingRatio(vraem, licit, coca, 0));
    expect(livingRatio(vraem, licit, coca, 0)).toBeCloseTo(licit / coca, 9);
    expect(livingRatio(vraem, licit, 0, 0.5)).toBe(1);
  });
});
