import { describe, expect, it } from 'vitest';
import { livelihood } from '../../../src/engine/mechanisms/livelihood.ts';
import { createGame } from '../../../src/engine/state.ts';
import { runMechanism, vraem, withCommunities } from '../helpers.ts';

describe('livelihood', () => {
  const start = createGame(vraem, 'unit');

  it('spreads coca where it out-earns licit crops and nobody eradicates', () => {
    const run = runMechanism(livelihood, { levers: { eradicationPace: 0 } });
    expect(run.total('cocaHectares')).toBeGreaterThan(0);
    expect(run.deltas.every((d) => d.mechanism === 'livelihood' && d.evidence === 'zech-harvests')).toBe(true);
  });

  it('is held back by the threat of eradication', () => {
    const calm = runMechanism(livelihood, { levers: { eradicationPace: 0 } }).total('cocaHectares');
    const threatened = runMechanism(livelihood, { levers: { eradicationPace: 100 } }).total('cocaHectares');
    expect(threatened).toBeLessThan(calm * 0.8);
  });

  it('spreads faster where the clan protects the crop', () => {
    const protectedState = withCommunities(start, { insurgentInfluence: 9000 });
    const exposedState = withCommunities(start, { insurgentInfluence: 500 });
    const protectedGrowth = runMechanism(livelihood, { state: protectedState, levers: { eradicationPace: 0 } }).total('cocaHectares', 'pichari');
    const exposedGrowth = runMechanism(livelihood, { state: exposedState, levers: { eradicationPace: 0 } }).total('cocaHectares', 'pichari');
    expect(protectedGrowth).toBeGreaterThan(exposedGrowth);
  });

  it('spreads onto free farmland first, then takes licit fields', () => {
    const crowded = withCommunities(start, (c, i) => ({ licitHectares: vraem.communities[i]!.farmlandHectares - c.cocaHectares - 10 }));
    const run = runMechanism(livelihood, { state: crowded, levers: { eradicationPace: 0 }, draw: 0.99 });
    const pichari = run.total('cocaHectares', 'pichari');
    expect(pichari).toBeGreaterThan(10);
    expect(run.total('licitHectares', 'pichari')).toBe(-(pichari - 10));
    const roomy = runMechanism(livelihood, { levers: { eradicationPace: 0 } });
    expect(roomy.total('licitHectares')).toBeLessThanOrEqual(0);
  });

  it('varies with the season\'s luck, one draw per community', () => {
    const poor = runMechanism(livelihood, { levers: { eradicationPace: 0 }, draw: 0 }).total('cocaHectares');
    const rich = runMechanism(livelihood, { levers: { eradicationPace: 0 }, draw: 0.99 }).total('cocaHectares');
    expect(rich).toBeGreaterThan(poor * 1.5);
  });

  it('stops when the land is full', () => {
    const full = withCommunities(start, (_, i) => ({ cocaHectares: vraem.communities[i]!.maxCocaHectares }));
    expect(runMechanism(livelihood, { state: full, levers: { eradicationPace: 0 } }).total('cocaHectares')).toBe(0);
  });
});
