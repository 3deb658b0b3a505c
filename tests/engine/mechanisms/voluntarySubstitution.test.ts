import { describe, expect, it } from 'vitest';
import { voluntarySubstitution } from '../../../src/engine/mechanisms/voluntarySubstitution.ts';
import { planPlantings } from '../../../src/engine/plantings.ts';
import { createGame } from '../../../src/engine/state.ts';
import { runMechanism, vraem, withCommunities } from '../helpers.ts';

describe('voluntary-substitution', () => {
  const start = createGame(vraem, 'unit');

  it('turns delivered money into licit plantings that yield only after the maturation delay', () => {
    const run = runMechanism(voluntarySubstitution, { levers: { developmentFunding: 100 } });
    const plantings = run.scheduled.filter((s) => s.queue === 'licitMaturing');
    expect(plantings.length).toBe(vraem.communities.length);
    expect(plantings.every((s) => s.delay === vraem.economy.licit.maturationTurns && s.hectares > 0)).toBe(true);
    expect(run.total('licitHectares')).toBe(0);
  });

  it('brings matured plantings into yield', () => {
    const state = { ...start, communities: start.communities.map((c) => ({ ...c, licitMaturing: [300, ...c.licitMaturing.slice(1)] })) };
    expect(runMechanism(voluntarySubstitution, { state, levers: { developmentFunding: 0 } }).total('licitHectares', 'kimbiri')).toBe(300);
  });

  it('lets farmers uproot coca only where licit crops pay comparably and it is safe', () => {
    const paysWell = { developmentInvested: 20_000_000, licitHectares: 8000 };
    const safe = withCommunities(start, { ...paysWell, security: 9000, insurgentInfluence: 500 });
    const unsafe = withCommunities(start, { ...paysWell, security: 1000, insurgentInfluence: 9000 });
    const unpaid = withCommunities(start, { security: 9000, insurgentInfluence: 500 });
    const uprooted = (state: typeof start) => -runMechanism(voluntarySubstitution, { state, levers: { developmentFunding: 0, eradicationPace: 50 } }).total('cocaHectares');
    expect(uprooted(safe)).toBeGreaterThan(100);
    expect(uprooted(unsafe)).toBeLessThan(uprooted(safe) * 0.2);
    expect(uprooted(unpaid)).toBeLessThan(uprooted(safe) * 0.3);
  });
});

describe('planPlantings', () => {
  const base = { farmland: 5000, freeLand: 200, coca: 3000, licitInYield: 3000, cleared: 0, delivered: 60_000, security: 1, influence: 0, appeal: 0 };
  const cost = vraem.mechanisms['voluntary-substitution'].plantingCostPerHectare;

  it('plants free land first and takes coca land only from farmers who find the alternative worth it', () => {
    const unwilling = planPlantings(vraem, base);
    expect(unwilling).toEqual({ onFreeLand: 200, onCleared: 0, converted: 0 });
    const willing = planPlantings(vraem, { ...base, appeal: 0.5 });
    expect(willing.onFreeLand).toBe(200);
    expect(willing.converted).toBeCloseTo(Math.min(60_000 / cost, 0.05 * 5000) - 200, 6);
    // Where no licit crop yields yet, farmers wait to see one before giving up coca.
    expect(planPlantings(vraem, { ...base, appeal: 0.5, licitInYield: 0 }).converted).toBe(0);
  });

  it('plants fields eradicated this turn before anything else, where it is safe', () => {
    const safe = planPlantings(vraem, { ...base, cleared: 300 });
    const unsafe = planPlantings(vraem, { ...base, cleared: 300, security: 0.2, influence: 0.8 });
    expect(safe.onCleared).toBeGreaterThan(unsafe.onCleared * 2);
    expect(safe.onCleared + safe.onFreeLand).toBeLessThanOrEqual(60_000 / cost + 1e-9);
  });

  it('cannot absorb more than a share of the farmland per turn, and less where it is unsafe', () => {
    const rich = planPlantings(vraem, { ...base, freeLand: 5000, delivered: 10_000_000 });
    expect(rich.onFreeLand).toBeCloseTo(vraem.mechanisms['voluntary-substitution'].absorptionShare * 5000, 6);
    const unsafe = planPlantings(vraem, { ...base, freeLand: 5000, delivered: 10_000_000, security: 0.2 });
    expect(unsafe.onFreeLand).toBeCloseTo(rich.onFreeLand * 0.2, 6);
  });
});
