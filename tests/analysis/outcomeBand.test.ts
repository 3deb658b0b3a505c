import { describe, expect, it } from 'vitest';
import { bandFromSeries, bandSeeds, outcomeBand, runSeries, seedSeries } from '../../src/analysis/outcomeBand.ts';
import { constantPlan, playPlan } from '../../src/analysis/plans.ts';
import { assess, createGame, defaultLevers, type GameState } from '../../src/engine/index.ts';
import { shippedScenario } from './scenario.ts';

const vraem = shippedScenario('vraem-2012');
const final = (band: ReturnType<typeof outcomeBand>, id: string) => {
  const c = band.criteria.find((x) => x.id === id)!.band;
  return { low: c.low.at(-1)!, median: c.median.at(-1)!, high: c.high.at(-1)! };
};

describe('outcomeBand', () => {
  const seeds = bandSeeds(200);
  const band = outcomeBand(vraem, [], {}, seeds);

  it('gives every criterion a 10th–90th percentile band at every turn, start included, over 200 seeds', () => {
    expect(band.seeds).toBe(200);
    expect(band.criteria.map((c) => c.id)).toEqual(vraem.assessment.map((c) => c.id));
    for (const { band: b } of band.criteria) {
      expect(b.median).toHaveLength(vraem.calendar.turns + 1);
      b.median.forEach((m, t) => {
        expect(b.low[t]!).toBeLessThanOrEqual(m);
        expect(m).toBeLessThanOrEqual(b.high[t]!);
      });
    }
    // Luck widens the band as the game goes on: at the end it is a distribution, not a number.
    const security = final(band, 'security');
    expect(security.high - security.low).toBeGreaterThan(0);
  });

  it('ends each seed exactly where the assessment of that played plan ends', () => {
    const series = seedSeries(vraem, [], {}, ['7']);
    const end = assess(vraem, playPlan(vraem, constantPlan(vraem, {}), '7'));
    expect(series[0]!.map((s) => s.at(-1))).toEqual(end.map((c) => c.value));
  });

  it('gathers seeds shared out among workers into the same band as one worker', () => {
    const parts = [seeds.slice(0, 70), seeds.slice(70, 140), seeds.slice(140)].flatMap((part) => seedSeries(vraem, [], {}, part));
    expect(bandFromSeries(vraem, 0, parts)).toEqual(band);
  });

  it('moves with the lever: faster eradication for the remaining turns cuts coca further', () => {
    const none = final(outcomeBand(vraem, [], { eradicationPace: 0 }, seeds.slice(0, 60)), 'coca');
    const hard = final(outcomeBand(vraem, [], { eradicationPace: 60 }, seeds.slice(0, 60)), 'coca');
    expect(hard.median).toBeLessThan(none.median);
  });

  it('starts from the turns already played, replayed on each seed', () => {
    const played = [{ levers: defaultLevers(vraem) }, { levers: defaultLevers(vraem) }];
    const from = outcomeBand(vraem, played, {}, seeds.slice(0, 20));
    expect(from.firstTurn).toBe(2);
    expect(from.criteria[0]!.band.median).toHaveLength(vraem.calendar.turns - 1);
  });

  it('gives the same band from the turns already played on every lever move (their games are kept, not changed)', () => {
    const played = [{ levers: { ...defaultLevers(vraem), eradicationPace: 50 } }, { levers: defaultLevers(vraem) }];
    const some = seeds.slice(0, 20);
    const first = outcomeBand(vraem, played, { militaryOperations: 10 }, some);
    outcomeBand(vraem, played, { militaryOperations: 90 }, some);
    outcomeBand(vraem, [], { militaryOperations: 10 }, some);
    expect(outcomeBand(vraem, played, { militaryOperations: 10 }, some)).toEqual(first);
    expect(outcomeBand(vraem, played.map((p) => ({ levers: { ...p.levers } })), { militaryOperations: 10 }, some)).toEqual(first);
  });

  it('measures a game of its own in the band\'s terms: a played plan ends where its assessment does', () => {
    const states: GameState[] = [];
    const end = playPlan(vraem, constantPlan(vraem, { eradicationPace: 40 }), '3', undefined, (state) => states.push(state));
    const series = runSeries(vraem, [createGame(vraem, '3'), ...states]);
    expect(series.map((s) => s.length)).toEqual(vraem.assessment.map(() => vraem.calendar.turns + 1));
    expect(series.map((s) => s.at(-1))).toEqual(assess(vraem, end).map((c) => c.value));
    expect(series).toEqual(seedSeries(vraem, [], { eradicationPace: 40 }, ['3'])[0]);
  });
});
