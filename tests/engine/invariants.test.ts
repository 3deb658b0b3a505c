// Under any valid decisions: every metric stays a whole number within its range, nothing is
// NaN, and the report's attributed deltas add up exactly to each metric's change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freezeState } from '../../src/engine/immutable.ts';
import { hashState } from '../../src/engine/stateHash.ts';
import { createGame, type GameState } from '../../src/engine/state.ts';
import { step } from '../../src/engine/step.ts';
import { deltasOf } from '../../src/engine/record.ts';
import { METRIC_MAX } from '../../src/engine/units.ts';
import { COMMUNITY_METRICS, GLOBAL_METRICS } from '../../src/scenario/vocabulary.ts';
import { decide, gamePlan } from './randomPlay.ts';
import { vraem } from './helpers.ts';

/** Every metric out of range, fractional or NaN, as readable lines (empty when all is well). */
function rangeProblems(state: GameState): string[] {
  const problems: string[] = [];
  const check = (where: string, value: number, max: number) => {
    if (!Number.isInteger(value) || value < 0 || value > max) problems.push(`${where} = ${value}`);
  };
  for (const c of state.communities) {
    for (const metric of COMMUNITY_METRICS) check(`${c.id}.${metric}`, c[metric], METRIC_MAX[metric]);
    for (const queued of [...c.licitMaturing, ...c.replantQueue]) check(`${c.id} queue`, queued, Number.MAX_SAFE_INTEGER);
  }
  for (const metric of GLOBAL_METRICS) check(metric, state[metric], METRIC_MAX[metric]);
  return problems;
}

describe('invariants under random decisions', () => {
  it('keeps metrics in range and explains every change exactly', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), gamePlan(vraem), (seed, plan) => {
        let state = createGame(vraem, seed);
        expect(rangeProblems(state)).toEqual([]);
        for (const turn of plan) {
          const result = step(vraem, state, decide(vraem, state, turn));
          if (!result.ok) throw new Error(result.error.message);
          const next = result.state;
          const problems = rangeProblems(next);
          const explained = new Map<string, number>();
          for (const d of deltasOf(result.report.record)) {
            const key = `${d.community}.${d.metric}`;
            explained.set(key, (explained.get(key) ?? 0) + d.amount);
            if (d.amount === 0 || d.evidence === '') problems.push(`empty or unsourced delta ${JSON.stringify(d)}`);
          }
          const unexplained = (key: string, change: number) => {
            if ((explained.get(key) ?? 0) !== change) problems.push(`${key}: changed ${change}, explained ${explained.get(key) ?? 0}`);
          };
          next.communities.forEach((c, i) => {
            for (const metric of COMMUNITY_METRICS) unexplained(`${c.id}.${metric}`, c[metric] - state.communities[i]![metric]);
          });
          for (const metric of GLOBAL_METRICS) unexplained(`null.${metric}`, next[metric] - state[metric]);
          expect(problems).toEqual([]);
          expect(next.turn).toBe(state.turn + 1);
          state = next;
        }
        expect(state.finished).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('never writes to the state it is given', () => {
    fc.assert(
      fc.property(gamePlan(vraem), (plan) => {
        let state = freezeState(createGame(vraem, 'frozen'));
        for (const turn of plan) {
          const before = hashState(state);
          const result = step(vraem, state, decide(vraem, state, turn));
          if (!result.ok) throw new Error(result.error.message);
          expect(hashState(state)).toBe(before);
          state = freezeState(result.state);
        }
      }),
      { numRuns: 10 },
    );
  });
});
