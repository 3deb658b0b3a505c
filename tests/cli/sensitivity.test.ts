import { describe, expect, it } from 'vitest';
import { runCli } from './run.ts';

const sensitivity = (...args: string[]) => runCli('src/cli/sensitivity.ts', args);

describe('npm run sensitivity', () => {
  const userErrors: [string, string[], RegExp][] = [
    ['an unknown flag', ['--seed', '3'], /^error: Unknown option '--seed'/],
    ['an unknown family', ['--family', 'big'], /^error: --family: expected one of quick, full, got "big"\n$/],
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
