import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/analysis/facts.ts';
import { seedSeries } from '../../src/analysis/outcomeBand.ts';
import { verdict, verdictsFor } from '../../src/analysis/scenarioVerdicts.ts';
import { runCheck } from '../../src/authoring/scenarioChecks.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { runTask } from '../../src/replay/workerTasks.ts';
import { loadScenario } from '../engine/helpers.ts';

const classroom = loadScenario('scenarios/classroom-short.json');

describe('scenario verdicts (Run checks in the workers)', () => {
  it('asks the scenario\'s own checks, and the stylized facts only for a copy of a shipped scenario', () => {
    expect(verdictsFor(classroom, false)).toEqual(classroom.checks.map((c) => ({ kind: 'check', id: c.id })));
    expect(verdictsFor(classroom, true).filter((v) => v.kind === 'fact').map((v) => v.id)).toEqual(FACTS.map((f) => f.id));
  });

  it('answers a check as npm run validate does, through the worker task', async () => {
    const check = classroom.checks[0]!;
    const [answer] = await runTask({ kind: 'verdicts', scenario: classroom, asked: [{ kind: 'check', id: check.id }] });
    const direct = runCheck(classroom, check);
    expect(answer).toEqual({ kind: 'check', id: check.id, passed: direct.passed, detail: direct.detail });
    expect(answer!.passed).toBe(true);
  });

  it('fails a check the changed scenario no longer meets, and one it does not have, saying why', () => {
    const check = classroom.checks[0]!;
    const strict = { ...classroom, checks: [{ ...check, margin: 1_000_000 }] };
    expect(verdict(strict, { kind: 'check', id: check.id }).passed).toBe(false);
    expect(verdict(classroom, { kind: 'check', id: 'nowhere' })).toEqual({ kind: 'check', id: 'nowhere', passed: false, detail: 'no check "nowhere" in this scenario' });
  });
});

describe('a band of a shipped policy', () => {
  it('plays the policy instead of the held levers, the same on every call', () => {
    const parsed = parsePolicy(JSON.parse(readFileSync('policies/eradication-only.json', 'utf8')), classroom);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const seeds = ['1', '2', '3'];
    const held = seedSeries(classroom, [], {}, seeds);
    const policy = seedSeries(classroom, [], {}, seeds, parsed.value);
    expect(policy).not.toEqual(held);
    expect(seedSeries(classroom, [], {}, seeds, parsed.value)).toEqual(policy);
    expect(seedSeries(classroom, [], parsed.value.levers, seeds)).toEqual(policy);
  });
});
