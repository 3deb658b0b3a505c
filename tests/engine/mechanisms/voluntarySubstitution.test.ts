import { describe, expect, it } from 'vitest';
import { voluntarySubstitution } from '../../../src/engine/mechanisms/voluntarySubstitution.ts';
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
    expect(Math.abs(uprooted(unpaid))).toBe(0);
  });
});
