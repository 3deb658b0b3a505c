import { describe, expect, it } from 'vitest';
import { seedLuck } from '../../src/analysis/luck.ts';
import { outcomesOnSeeds } from '../../src/replay/analysis.ts';
import { playPolicy } from '../../src/policy/run.ts';
import { assess } from '../../src/engine/index.ts';
import { makePolicy, vraem } from '../engine/helpers.ts';

const tenSeeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('seedLuck', () => {
  it('counts the other seeds on which the same decisions ended worse, in the criterion\'s own direction', () => {
    expect(seedLuck(tenSeeds, 9.5, 'higher')).toEqual({ luckier: 9, of: 10, verdict: 'lucky' });
    expect(seedLuck(tenSeeds, 9.5, 'lower')).toEqual({ luckier: 1, of: 10, verdict: 'unlucky' });
    expect(seedLuck(tenSeeds, 5.5, 'higher')).toEqual({ luckier: 5, of: 10, verdict: 'typical' });
  });

  it('compares outcomes as shown (one decimal) and counts a tie as half a seed', () => {
    expect(seedLuck([5.01, 5.04, 4.96, 1], 5, 'higher').luckier).toBe(1 + 1);
    expect(seedLuck([], 5, 'higher')).toEqual({ luckier: 0, of: 0, verdict: 'typical' });
  });

  it('places a real run\'s seed among its own decisions played on other seeds', () => {
    const policy = makePolicy({ eradicationPace: 30, developmentFunding: 80, committeeSupport: 20, committeeOversight: 20, militaryOperations: 40 });
    const run = playPolicy(vraem, policy, 'mine', { explain: false });
    const seeds = Array.from({ length: 20 }, (_, i) => `other-${i}`);
    const outcomes = outcomesOnSeeds(vraem, run.decisions, seeds);
    const own = assess(vraem, run.states[run.states.length - 1]!);
    for (const c of own) {
      const luck = seedLuck(outcomes.get(c.id)!, c.value, vraem.assessment.find((a) => a.id === c.id)!.better);
      expect(luck.of).toBe(20);
      expect(luck.luckier).toBeGreaterThanOrEqual(0);
      expect(luck.luckier).toBeLessThanOrEqual(20);
    }
    // The run's own seed among the others: exactly as lucky as its outcome's place says.
    const trust = own.find((c) => c.id === 'trust')!;
    const values = outcomes.get('trust')!;
    const below = values.filter((v) => Math.round(v * 10) < Math.round(trust.value * 10)).length;
    const ties = values.filter((v) => Math.round(v * 10) === Math.round(trust.value * 10)).length;
    expect(seedLuck(values, trust.value, 'higher').luckier).toBe(below + Math.floor(ties / 2));
  });
});
