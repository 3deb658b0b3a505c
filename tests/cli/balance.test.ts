import { describe, expect, it } from 'vitest';
import { runCli } from './run.ts';

const balance = (...args: string[]) => runCli('src/cli/balance.ts', args);

describe('npm run balance', () => {
  it('prints the front, the levers, the seed shares, the adaptive comparison, the spreads and the targets', async () => {
    const result = await balance('--scenario', 'scenarios/classroom-short.json', '--seeds', '3');
    expect([0, 1]).toContain(result.code);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/5 levers at 3 levels: 243 settings, \d+ within the budget/);
    expect(result.stdout).toMatch(/Pareto front over the 6 criteria \(means over the seeds\): \d+ of \d+ settings/);
    expect(result.stdout).toMatch(/\neradicationPace\s+\d+\s+\d+\s+\d+\s+\d+/);
    expect(result.stdout).toMatch(/\nCoca\s+\d+(\.\d)?\n/);
    expect(result.stdout).toMatch(/\nmonzon\s/);
    expect(result.stdout).toMatch(/\nStatus quo\s+-?\d/);
    const verdicts = result.stdout.split('\nTargets\n')[1]!.trim().split('\n');
    expect(verdicts).toHaveLength(5);
    for (const line of verdicts) expect(line).toMatch(/^(PASS|FAIL)  /);
    expect(result.code).toBe(verdicts.every((l) => l.startsWith('PASS')) ? 0 : 1);
  });

  const userErrors: [string, string[], RegExp][] = [
    ['an unknown flag', ['--level', '3'], /^error: Unknown option '--level'/],
    ['too few levels', ['--levels', '2'], /^error: --levels: expected a whole number >= 3, got "2"\n$/],
    ['a seed count that is not a number', ['--seeds', 'fifty'], /^error: --seeds: expected a whole number >= 1, got "fifty"\n$/],
    ['a single seed', ['--seeds', '1'], /^error: --seeds: expected a whole number >= 2 \(a spread needs two seeds\), got "1"\n$/],
    ['a missing scenario', ['--scenario', 'scenarios/nope.json'], /^error: scenarios\/nope\.json: no such file\n$/],
    ['a missing policy folder', ['--policies', 'no-such-folder'], /^error: --policies: no-such-folder: not a readable folder\n$/],
  ];
  for (const [what, args, message] of userErrors) {
    it(`refuses ${what} with one line and exit code 2`, async () => {
      const result = await balance(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    });
  }
});
