// Facts that can fail: each stylized fact's check fails once the mechanism it is about is
// switched off through the scenario's parameters (src/analysis/mutations.ts). The facts hold on
// the shipped scenario (tests/engine/stylizedFacts.test.ts), on the same seeds.
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/analysis/facts.ts';
import { MUTATIONS, UNCOVERED, mutated } from '../../src/analysis/mutations.ts';
import { shippedScenario } from './scenario.ts';

const SEEDS = 20;
const vraem = shippedScenario('vraem-2012');

describe(`each fact fails with its mechanism switched off (${SEEDS} seeds)`, () => {
  it('covers every fact, or says why a fact cannot be covered', () => {
    for (const fact of FACTS) {
      const covered = MUTATIONS.some((m) => m.fact === fact.id);
      expect(covered || (UNCOVERED[fact.id]?.length ?? 0) > 50, fact.id).toBe(true);
      expect(covered && UNCOVERED[fact.id] !== undefined, `${fact.id} is both covered and listed as uncovered`).toBe(false);
    }
    for (const m of MUTATIONS) expect(FACTS.map((f) => f.id)).toContain(m.fact);
  });

  for (const mutation of MUTATIONS) {
    it(`${mutation.fact} fails when ${mutation.switchedOff}`, () => {
      const fact = FACTS.find((f) => f.id === mutation.fact)!;
      const result = fact.evaluate(mutated(vraem, mutation), { seeds: SEEDS });
      expect(result.holds, `margin ${result.margin.toFixed(2)}: ${result.detail}`).toBe(false);
    });
  }

  it('refuses a mutation that names no number of the scenario, or one out of its range', () => {
    expect(() => mutated(vraem, { fact: 'x', id: 'typo', switchedOff: 'x', values: { 'mechanisms.eradication-shock.replantShar': 0 } })).toThrow(
      /"mechanisms\.eradication-shock\.replantShar" does not name a number/,
    );
    expect(() => mutated(vraem, { fact: 'x', id: 'range', switchedOff: 'x', values: { 'economy.licit.maturationTurns': 0 } })).toThrow(/maturationTurns: expected a number >= 1/);
  });
});
