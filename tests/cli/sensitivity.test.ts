import { describe, expect, it } from 'vitest';
import { runCli } from './run.ts';

const sensitivity = (...args: string[]) => runCli('src/cli/sensitivity.ts', args);

describe('npm run sensitivity', () => {
  it('prints every fact\'s margin on the scenario and every variant, over worker threads, and a verdict per fact', async () => {
    const result = await sensitivity('--scenario', 'scenarios/classroom-short.json', '--seeds', '1', '--jobs', '2');
    expect([0, 1]).toContain(result.code);
    const variants = Number(/\d+ facts on the scenario and (\d+) variants \(quick family\), 1 seeds each \(s0…s0\); 2 thread\(s\)/.exec(result.stdout)?.[1]);
    expect(variants).toBeGreaterThanOrEqual(20);
    expect(result.stderr).toMatch(new RegExp(`${variants + 1}/${variants + 1} scenarios evaluated\n$`));
    expect(result.stdout).toMatch(/\n\(as shipped\)\s+(-?\d+\.\d\d( ✗)?\s+)+/);
    expect(result.stdout).toMatch(/\nturns-28\s+8 → 28\s+/);
    const verdicts = result.stdout.split('\nPer fact\n')[1]!.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(verdicts.length).toBeGreaterThan(0);
    for (const line of verdicts) {
      expect(line).toMatch(new RegExp(`: (holds|FAILS) as shipped \\(margin -?\\d+\\.\\d\\d\\); (holds on all ${variants} variants|FAILS on \\d+ of ${variants}: )`));
    }
    expect(result.code).toBe(verdicts.every((l) => / holds as shipped .* holds on all /.test(l)) ? 0 : 1);
  });

  it('judges the combined family in direction, a verdict per fact', async () => {
    const result = await sensitivity('--scenario', 'scenarios/classroom-short.json', '--seeds', '1', '--jobs', '2', '--family', 'combined');
    expect(result.stdout).toMatch(/\d+ facts on the scenario and 21 variants \(combined family\)/);
    expect(result.stdout).toMatch(/\nleaf-price×2\s+7\.7 → 15\.4\s+/);
    const verdicts = result.stdout.split('\n').filter((l) => l.startsWith('   in direction: '));
    expect(verdicts.length).toBeGreaterThan(0);
    for (const line of verdicts) expect(line).toMatch(/^ {3}in direction: (holds|FAILS) on \d+ of 21 \(\d+%, needs 90%\)/);
    const shippedHold = result.stdout.split('\nPer fact\n')[1]!.split('\n').filter((l) => /^\d+\. /.test(l)).every((l) => / holds as shipped /.test(l));
    expect(result.code).toBe(shippedHold && verdicts.every((l) => l.includes(': holds on ')) ? 0 : 1);
  });

  const userErrors: [string, string[], RegExp][] = [
    ['an unknown flag', ['--seed', '3'], /^error: Unknown option '--seed'/],
    ['an unknown family', ['--family', 'big'], /^error: --family: expected one of quick, full, combined, got "big"\n$/],
    ['a seed count that is not a number', ['--seeds', '0'], /^error: --seeds: expected a whole number >= 1, got "0"\n$/],
    ['a bad thread count', ['--jobs', 'two'], /^error: --jobs: expected a whole number >= 1, got "two"\n$/],
    ['a missing scenario', ['--scenario', 'scenarios/nope.json'], /^error: scenarios\/nope\.json: no such file\n$/],
    ['a folder for a scenario', ['--scenario', 'scenarios'], /^error: scenarios: is a folder, not a file\n$/],
  ];
  for (const [what, args, message] of userErrors) {
    it(`refuses ${what} with one line and exit code 2`, async () => {
      const result = await sensitivity(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    });
  }
});
