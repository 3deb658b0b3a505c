import { describe, expect, it } from 'vitest';
import { bandFromSeries, bandSeeds, outcomeBand, seedSeries } from '../../src/analysis/outcomeBand.ts';
import { forgetPlayed, playedSoFar, playOn } from '../../src/game/ui/bandProgress.ts';
import { shippedScenario } from '../analysis/scenario.ts';

const short = shippedScenario('classroom-short');
const seeds = bandSeeds(40);
const levers = { eradicationPace: 30 };

describe('bandProgress', () => {
  it('plays on from the seeds played before, and the parts make the band of one run', async () => {
    const asked: string[][] = [];
    const run = async (part: string[]) => {
      asked.push(part);
      return seedSeries(short, [], levers, part);
    };
    const key = 'parts';
    expect(playedSoFar(key)).toEqual([]);
    expect(await playOn(key, seeds, 10, run)).toHaveLength(10);
    // A later request (a move to a setting worked out ahead) plays only the seeds after those.
    expect(await playOn(key, seeds, 25, run)).toHaveLength(25);
    expect(await playOn(key, seeds, 25, run)).toHaveLength(25);
    const all = await playOn(key, seeds, 40, run);
    expect(asked).toEqual([seeds.slice(0, 10), seeds.slice(10, 25), seeds.slice(25, 40)]);
    expect(bandFromSeries(short, 0, all)).toEqual(outcomeBand(short, [], levers, seeds));
    expect(playedSoFar(key)).toBe(all);
    forgetPlayed(key);
    expect(playedSoFar(key)).toEqual([]);
  });

  it('keeps the longer series when two requests for one setting overlap', async () => {
    const key = 'overlap';
    let release = () => undefined as void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const long = playOn(key, seeds, 30, async (part) => {
      await slow;
      return seedSeries(short, [], levers, part);
    });
    await playOn(key, seeds, 10, async (part) => seedSeries(short, [], levers, part));
    release();
    expect(await long).toHaveLength(30);
    expect(playedSoFar(key)).toHaveLength(30);
    expect(bandFromSeries(short, 0, playedSoFar(key))).toEqual(outcomeBand(short, [], levers, seeds.slice(0, 30)));
  });

  it('forgets the oldest unfinished settings past its limit', async () => {
    const run = async (part: string[]) => seedSeries(short, [], levers, part);
    await playOn('first', seeds, 2, run);
    for (let i = 0; i < 40; i++) await playOn(`other-${i}`, seeds, 1, run);
    expect(playedSoFar('first')).toEqual([]);
    expect(playedSoFar('other-39')).toHaveLength(1);
  });
});
