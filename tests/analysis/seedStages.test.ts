import { describe, expect, it } from 'vitest';
import { bandFromSeries, bandSeeds, outcomeBand, seedSeries, type SeedSeries } from '../../src/analysis/outcomeBand.ts';
import { FIRST_STAGE_SEEDS, inStages, stageEnds, type Staged } from '../../src/analysis/seedStages.ts';
import { defaultLevers } from '../../src/engine/index.ts';
import { gatherOutcomes, outcomesOnSeeds, spreadAcrossSeeds, summarizeSpread } from '../../src/replay/analysis.ts';
import { shippedScenario } from './scenario.ts';

const vraem = shippedScenario('classroom-short');
const seeds = bandSeeds(200);

describe('inStages', () => {
  it('draws a band from the first 50 seeds, then refines it to the very band of all 200', async () => {
    const shown: Staged<SeedSeries>[] = [];
    const parts: number[] = [];
    const run = async (part: string[]) => {
      parts.push(part.length);
      return seedSeries(vraem, [], { eradicationPace: 30 }, part);
    };
    const final = await inStages(seeds, stageEnds(seeds.length), run, (p) => p.flat(), (staged) => shown.push(staged));
    expect(parts).toEqual([FIRST_STAGE_SEEDS, 150]);
    expect(shown.map((s) => [s.seeds, s.final])).toEqual([[50, false], [200, true]]);
    expect(bandFromSeries(vraem, 0, shown[0]!.value)).toEqual(outcomeBand(vraem, [], { eradicationPace: 30 }, seeds.slice(0, 50)));
    // The final band is today's 200-seed band, to the last digit.
    const whole = outcomeBand(vraem, [], { eradicationPace: 30 }, seeds);
    expect(bandFromSeries(vraem, 0, final!)).toEqual(whole);
    expect(bandFromSeries(vraem, 0, shown[1]!.value)).toEqual(whole);
  });

  it('refines a spread the same way: the final one is the spread over all the seeds in one go', async () => {
    const decisions = [{ levers: defaultLevers(vraem) }, { levers: { ...defaultLevers(vraem), eradicationPace: 50 } }];
    const spreadSeeds = Array.from({ length: 120 }, (_, i) => `spread-${i}`);
    const shown: Staged<Map<string, number[]>>[] = [];
    const final = await inStages(
      spreadSeeds,
      stageEnds(spreadSeeds.length),
      async (part) => Object.fromEntries(outcomesOnSeeds(vraem, decisions, part)),
      (p) => Object.fromEntries(gatherOutcomes(p)),
      (staged) => shown.push({ ...staged, value: new Map(Object.entries(staged.value)) }),
    );
    expect(summarizeSpread(new Map(Object.entries(final!)))).toEqual(spreadAcrossSeeds(vraem, decisions, spreadSeeds));
    expect(summarizeSpread(shown[0]!.value)).toEqual(spreadAcrossSeeds(vraem, decisions, spreadSeeds.slice(0, 50)));
  });

  it('stops between stages once the result is no longer wanted', async () => {
    let stale = false;
    const shown: number[] = [];
    const run = async (part: string[]) => {
      stale = true; // a newer lever move arrives while the first stage is worked out
      return part.length;
    };
    expect(await inStages(seeds, stageEnds(200), run, (p) => p.reduce((a, b) => a + b, 0), (s) => shown.push(s.seeds), () => stale)).toBeNull();
    expect(shown).toEqual([]);
  });

  it('runs a small request in one stage', () => {
    expect(stageEnds(40)).toEqual([40]);
    expect(stageEnds(200)).toEqual([50, 200]);
  });
});
