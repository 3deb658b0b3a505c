import { describe, expect, it } from 'vitest';
import { eradicationShock } from '../../../src/engine/mechanisms/eradicationShock.ts';
import { createGame } from '../../../src/engine/state.ts';
import { runMechanism, vraem, withCommunities } from '../helpers.ts';

describe('eradication-shock', () => {
  const start = createGame(vraem, 'unit');
  const params = vraem.mechanisms['eradication-shock'];

  it('clears nothing at zero pace', () => {
    const run = runMechanism(eradicationShock, { levers: { eradicationPace: 0 } });
    expect(run.total('eradicatedHectares')).toBe(0);
    expect(run.total('cocaHectares')).toBe(0);
  });

  it('clears up to the teams\' capacity, never more than the per-turn share of a community\'s coca', () => {
    const run = runMechanism(eradicationShock, { levers: { eradicationPace: 100 } });
    const cleared = run.total('eradicatedHectares');
    expect(cleared).toBeGreaterThan(params.capacityHectaresPerTurn * 0.9);
    expect(cleared).toBeLessThanOrEqual(params.capacityHectaresPerTurn);
    start.communities.forEach((c) => {
      expect(run.total('eradicatedHectares', c.id)).toBeLessThanOrEqual(c.cocaHectares * params.maxShareOfCocaPerTurn);
    });
    expect(run.total('cocaHectares')).toBe(-cleared);
  });

  it('costs trust, leaves a grievance and feeds the insurgents when there is no alternative', () => {
    const run = runMechanism(eradicationShock, { levers: { eradicationPace: 100, developmentFunding: 0 } });
    expect(run.total('trust', 'llochegua')).toBeLessThan(0);
    expect(run.total('grievanceEradication', 'llochegua')).toBeGreaterThan(0);
    expect(run.total('insurgentInfluence', 'llochegua')).toBeGreaterThan(0);
  });

  it('hurts far less where development money arrives at the same time', () => {
    const bare = runMechanism(eradicationShock, { levers: { eradicationPace: 100, developmentFunding: 0 } }).total('trust');
    const cushioned = runMechanism(eradicationShock, { levers: { eradicationPace: 100, developmentFunding: 200 } }).total('trust');
    expect(cushioned).toBeGreaterThan(bare * 0.6);
  });

  it('replants about nine in ten cleared hectares within a year without alternatives, part of them where the clan protects the crop', () => {
    const run = runMechanism(eradicationShock, { levers: { eradicationPace: 100, developmentFunding: 0 } });
    const cleared = run.total('eradicatedHectares');
    const replanted = run.scheduled.filter((s) => s.queue === 'replantQueue');
    const total = replanted.reduce((a, s) => a + s.hectares, 0);
    expect(total / cleared).toBeGreaterThan(0.85);
    expect(total / cleared).toBeLessThanOrEqual(0.95);
    expect(params.replantDelayTurns).toBeLessThanOrEqual(4);
    const refuge = vraem.communities.findIndex((c) => c.id === 'vizcatan');
    const toRefuge = replanted.filter((s) => s.community === refuge).reduce((a, s) => a + s.hectares, 0);
    expect(toRefuge).toBeGreaterThan(run.total('eradicatedHectares', 'vizcatan') * params.replantShare);
  });

  it('feeds the clan where families have no cushion, less where development arrives', () => {
    const bare = runMechanism(eradicationShock, { levers: { eradicationPace: 100, developmentFunding: 0 } }).total('clanStrength', null);
    const cushioned = runMechanism(eradicationShock, { levers: { eradicationPace: 100, developmentFunding: 200 } }).total('clanStrength', null);
    expect(bare).toBeGreaterThan(0);
    expect(cushioned).toBeLessThan(bare);
  });

  it('schedules replanting, less where licit crops pay', () => {
    const poor = runMechanism(eradicationShock, { levers: { eradicationPace: 100 } });
    const invested = withCommunities(start, { developmentInvested: 5_000_000 });
    const better = runMechanism(eradicationShock, { state: invested, levers: { eradicationPace: 100 } });
    const replanted = (run: typeof poor) => run.scheduled.filter((s) => s.queue === 'replantQueue').reduce((a, s) => a + s.hectares, 0);
    expect(replanted(poor)).toBeGreaterThan(0);
    expect(poor.scheduled.every((s) => s.delay === params.replantDelayTurns)).toBe(true);
    expect(replanted(better)).toBeLessThan(replanted(poor));
  });

  it('replants the fields queued for this turn', () => {
    const queued = withCommunities(start, {});
    const state = { ...queued, communities: queued.communities.map((c) => ({ ...c, replantQueue: [120, 0] })) };
    expect(runMechanism(eradicationShock, { state, levers: { eradicationPace: 0 } }).total('cocaHectares', 'pichari')).toBe(120);
  });

  it('lets a grievance weigh on trust until it fades', () => {
    const aggrieved = withCommunities(start, { grievanceEradication: 3000 });
    const run = runMechanism(eradicationShock, { state: aggrieved, levers: { eradicationPace: 0 } });
    expect(run.total('trust', 'huanta')).toBe(-Math.round(3000 * params.grievanceDrag));
    expect(run.total('grievanceEradication', 'huanta')).toBe(-Math.round(3000 * params.grievanceFade));
  });
});
