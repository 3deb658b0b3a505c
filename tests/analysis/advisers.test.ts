import { describe, expect, it } from 'vitest';
import { ADVISER_IDS, HORIZON_TURNS, advise, followed, isBetter, scoreAdvisers, type AdviserId } from '../../src/analysis/advisers.ts';
import { createGame, summarizeRegion } from '../../src/engine/index.ts';
import { playPolicy } from '../../src/policy/run.ts';
import { makePolicy, vraem, withCommunities } from '../engine/helpers.ts';
import { produceState } from '../../src/engine/immutable.ts';

const start = createGame(vraem, 'advisers');

describe('advisers with a stake', () => {
  it('each of the four speaks from the start, and they pull eradication opposite ways', () => {
    const said = advise(vraem, start, start);
    expect(said.map((a) => a.adviser)).toEqual([...ADVISER_IDS]);
    const devida = said.find((a) => a.adviser === 'devida')!;
    const grower = said.find((a) => a.adviser === 'grower')!;
    expect(devida.lever).toBe('eradicationPace');
    expect(grower.lever).toBe('eradicationPace');
    expect(devida.direction).toBe(1);
    expect(grower.direction).toBe(-1);
  });

  it('reads the state: the DEVIDA official asks for development once eradication runs without it', () => {
    const hard = produceState(start, (draft) => {
      draft.lastLevers = { ...draft.lastLevers, eradicationPace: 80, developmentFunding: 0 };
    });
    const devida = advise(vraem, start, hard).find((a) => a.adviser === 'devida')!;
    expect(devida.reading).toBe('eradication-without-development');
    expect(devida).toMatchObject({ lever: 'developmentFunding', direction: 1 });
    // With no raids at all the growers' representative asks for development instead.
    const none = produceState(start, (draft) => {
      draft.lastLevers = { ...draft.lastLevers, eradicationPace: 0 };
    });
    expect(advise(vraem, none, none).find((a) => a.adviser === 'grower')).toMatchObject({ reading: 'no-raids', lever: 'developmentFunding', direction: 1 });
    // A clan that has fallen below the commander's worry and keeps falling: he says hold.
    const weakened = produceState(start, (draft) => {
      draft.clanStrength = 2000;
    });
    expect(advise(vraem, start, weakened).find((a) => a.adviser === 'commander')).toMatchObject({ reading: 'clan-weak', direction: 0 });
    // Committees already well supported: the leader asks to keep it so.
    const supported = produceState(withCommunities(start, {}), (draft) => {
      draft.lastLevers = { ...draft.lastLevers, committeeSupport: 80 };
    });
    expect(advise(vraem, supported, supported).find((a) => a.adviser === 'committee')).toMatchObject({ reading: 'patrols-supported', direction: 0 });
  });

  it('judges following by the levers the student set', () => {
    const devida = advise(vraem, start, start).find((a) => a.adviser === 'devida')!;
    expect(followed(devida, start, { levers: { eradicationPace: start.lastLevers.eradicationPace + 10 } })).toBe(true);
    expect(followed(devida, start, { levers: { eradicationPace: start.lastLevers.eradicationPace } })).toBe(false);
    expect(followed(devida, start, {})).toBe(false);
  });

  it('scores whose promises the outcome bore out, over a year after each followed turn', () => {
    // Operations raised every quarter: the commander is followed every turn he asks for more.
    const turns = 12;
    const policy = makePolicy(
      { eradicationPace: 10, developmentFunding: 60, committeeSupport: 10, committeeOversight: 10, militaryOperations: 0 },
      Array.from({ length: turns }, (_, i) => ({ from: i + 1, to: i + 1, levers: { militaryOperations: 40 + 5 * (i + 1) } })),
    );
    const game = playPolicy(vraem, policy, 'score', { turns });
    const heeded: (AdviserId | null)[] = game.decisions.map((_, i) => (i % 2 === 0 ? 'commander' : null));
    const scores = scoreAdvisers(vraem, game.states, game.decisions, heeded);
    expect(scores.map((s) => s.adviser)).toEqual([...ADVISER_IDS]);
    const commander = scores.find((s) => s.adviser === 'commander')!;
    expect(commander.heeded).toBe(Math.ceil(turns / 2));
    const clan = game.states.map((s) => summarizeRegion(vraem, s).clanStrength);
    const asked = game.states.slice(0, turns).map((s, i) => advise(vraem, game.states[Math.max(0, i - 1)]!, s).find((a) => a.adviser === 'commander')!.direction);
    const expectedFollowed = asked.filter((d) => d === 1).length;
    expect(commander.followed).toBe(expectedFollowed);
    const expectedBoreOut = asked.filter((d, i) => d === 1 && clan[Math.min(turns, i + HORIZON_TURNS)]! < clan[i]!).length;
    expect(commander.boreOut).toBe(expectedBoreOut);
    expect(commander.overall).toBeCloseTo(clan[turns]! - clan[0]!, 9);
    for (const s of scores) {
      expect(s.boreOut).toBeLessThanOrEqual(s.followed);
      expect(s.followed).toBeLessThanOrEqual(turns);
    }
    // Eradication never moved: neither the official (raise) nor the growers (lower) was followed on it.
    expect(scores.find((s) => s.adviser === 'grower')!.followed).toBe(0);
  });

  it('says which way is better for each adviser', () => {
    expect(isBetter('commander', -3)).toBe(true);
    expect(isBetter('devida', 100)).toBe(false);
    expect(isBetter('committee', 2)).toBe(true);
    expect(isBetter('grower', -1)).toBe(false);
  });
});

