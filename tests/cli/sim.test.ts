import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.ts';

const SCENARIO = 'scenarios/vraem-2012.json';
const sim = (...args: string[]) => runCli('src/cli/sim.ts', args);
const dir = mkdtempSync(join(tmpdir(), 'btf-sim-'));

describe('npm run sim', () => {
  it('prints a per-community table and the assessment for one run', async () => {
    const result = await sim('--scenario', SCENARIO, '--seed', '7', '--policy', 'policies/status-quo.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('policy "Status quo", seed 7, 20 turns');
    expect(result.stdout).toMatch(/Llochegua\s+jungle\s+22 → /);
    expect(result.stdout).toMatch(/assessment:\ncriterion\s+value\s+rating\n/);
    expect(result.stdout).toMatch(/Human-rights record\s+\d+\s+(good|fair|poor)/);
  });

  it('aggregates many seeds with mean and percentiles, and writes CSV', async () => {
    const csv = join(dir, 'runs.csv');
    const result = await sim('--scenario', SCENARIO, '--seed', '100', '--policy', 'policies/paired.json', '--runs', '30', '--csv', csv);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('30 runs (seeds 100…129)');
    expect(result.stdout).toMatch(/measure\s+mean\s+p10\s+p90/);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(31);
    expect(lines[0]).toMatch(/^seed,meanTrust,/);
  });

  it('is the same run every time for the same seed', async () => {
    const [a, b] = await Promise.all([
      sim('--scenario', SCENARIO, '--seed', 'x', '--policy', 'policies/committees-without-oversight.json'),
      sim('--scenario', SCENARIO, '--seed', 'x', '--policy', 'policies/committees-without-oversight.json'),
    ]);
    expect(a.stdout).toBe(b.stdout);
  });

  const userErrors: [string, string[], RegExp][] = [
    ['an unknown flag', ['--scenari', SCENARIO], /^error: Unknown option '--scenari'/],
    ['a missing flag', ['--scenario', SCENARIO, '--policy', 'policies/status-quo.json'], /^error: missing --seed\nusage: /],
    ['a missing file', ['--scenario', 'scenarios/nope.json', '--seed', '1', '--policy', 'policies/status-quo.json'], /^error: scenarios\/nope\.json: no such file\n$/],
    ['a bad run count', ['--scenario', SCENARIO, '--seed', '1', '--policy', 'policies/status-quo.json', '--runs', 'many'], /^error: --runs: expected a whole number >= 1, got "many"\n$/],
  ];
  for (const [what, args, message] of userErrors) {
    it(`refuses ${what} with one line and exit code 2`, async () => {
      const result = await sim(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toContain('    at ');
    });
  }

  it('names the path and the problem in a broken scenario, exit 1', async () => {
    const scenario = JSON.parse(readFileSync(SCENARIO, 'utf8'));
    scenario.communities[3].cocaHectares = -5;
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(scenario));
    const result = await sim('--scenario', file, '--seed', '1', '--policy', 'policies/status-quo.json');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`error: ${file}: communities[3].cocaHectares: expected a number >= 0, got -5\n`);
  });

  it('names the file, the lever, the value or the turn in a bad policy, exit 1', async () => {
    const write = (name: string, policy: object) => {
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify({ name, description: 'test', ...policy }));
      return file;
    };
    const unknown = await sim('--scenario', SCENARIO, '--seed', '1', '--policy', write('unknown.json', { levers: { napalm: 3 } }));
    expect(unknown.stderr).toMatch(/levers\.napalm: unknown lever "napalm"/);
    const range = await sim('--scenario', SCENARIO, '--seed', '1', '--policy', write('range.json', { levers: { eradicationPace: 150 } }));
    expect(range.stderr).toMatch(/levers\.eradicationPace: expected a number between 0 and 100, got 150/);
    const budget = await sim('--scenario', SCENARIO, '--seed', '1', '--policy', write('budget.json', { levers: { eradicationPace: 100, developmentFunding: 200, militaryOperations: 100 } }));
    expect(budget.stderr).toMatch(/^error: \S+budget\.json: policy "budget\.json" turn 1: levers: cost 427\.0 exceeds the budget/);
    for (const result of [unknown, range, budget]) expect(result.code).toBe(1);
  });
});
