import { describe, expect, it } from 'vitest';
import { bandOf, firstDivergence, playOnSeed, separatingLevers, spreadAcrossSeeds } from '../../src/replay/analysis.ts';
import { hashState } from '../../src/engine/index.ts';
import { playPolicy } from '../../src/policy/run.ts';
import { loadPolicy, vraem } from '../engine/helpers.ts';

describe('class view analysis', () => {
  it('takes median and range per turn, letting unfinished runs drop out', () => {
    expect(bandOf([[1, 2, 3], [3, 4], [5, 6, 9]])).toEqual({ median: [3, 4, 6], low: [1, 2, 3], high: [5, 6, 9] });
  });

  it('finds the first turn where two runs part ways', () => {
    expect(firstDivergence(['a', 'b', 'c'], ['a', 'x', 'c'])).toBe(2);
    expect(firstDivergence(['a', 'b'], ['a', 'b', 'c'])).toBeNull();
  });

  it('names the lever that separates the best runs from the worst, with the group sizes and ranges behind it', () => {
    const base = { eradicationPace: 10, developmentFunding: 60, committeeSupport: 10, committeeOversight: 10, militaryOperations: 40 };
    const runs = [10, 20, 80, 90, 50, 60].map((pace, i) => ({
      // Two turns each: the run's mean counts, so a run is one voice however long it played.
      levers: [{ ...base, eradicationPace: pace - 5 }, { ...base, eradicationPace: pace + 5 }],
      outcome: 100 - pace + (i % 2),
    }));
    const [first] = separatingLevers(vraem, runs, 'higher');
    expect(first).toEqual({ lever: 'eradicationPace', best: 15, worst: 85, groupSize: 2, bestRange: [10, 20], worstRange: [80, 90] });
    expect(separatingLevers(vraem, runs.slice(0, 1), 'higher')).toEqual([]);
  });

  it('replays a run\'s decisions exactly on its own seed', () => {
    const game = playPolicy(vraem, loadPolicy('status-quo'), '21');
    expect(hashState(playOnSeed(vraem, game.decisions, '21'))).toBe(hashState(game.states[20]!));
  });

  it('shows the spread of outcomes over other seeds', () => {
    const game = playPolicy(vraem, loadPolicy('committees-without-oversight'), '5');
    const spread = spreadAcrossSeeds(vraem, game.decisions, ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(Object.keys(spread)).toEqual(vraem.assessment.map((c) => c.id));
    const rights = spread['human-rights']!;
    expect(rights.low).toBeLessThan(rights.high);
    expect(rights.low).toBeLessThanOrEqual(rights.median);
  });
});
