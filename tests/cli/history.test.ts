import { describe, expect, it } from 'vitest';
import { runCli } from './run.ts';

const history = (...args: string[]) => runCli('src/cli/history.ts', args);

describe('npm run history', () => {
  it('prints each plan against the record, the summary and the targets, and exits by the targets', async () => {
    const result = await history('--seeds', '4');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^History check: .*, 4 seeds per plan/);
    expect(result.stdout).toMatch(/\nHistorical path\nyear\s+record\s+model mean\s+p10–p90\s+inside\s+error\s+direction\n/);
    expect(result.stdout).toMatch(/\n2013\s+19167\s+\d+\s+\d+…\d+\s+(yes|no)\s+\d+\.\d%\s+(right|wrong)\n/);
    expect(result.stdout).toMatch(/\n2012 \(unchecked\)\s+19965\s/);
    for (const plan of ['eradication only', 'development only', 'no lever at all', 'eradication and military at full']) {
      expect(result.stdout).toMatch(new RegExp(`\\n${plan}\\s+\\d+\\.\\d%\\s+\\d of 4\\s+\\d of 5\\s+[+-]\\d+\\.\\d%\\n`));
    }
    const verdicts = result.stdout.split('\nTargets for vraem-coca\n')[1]!.split('\n\n')[0]!.trim().split('\n').slice(1);
    expect(verdicts).toHaveLength(7);
    expect(result.stdout).toMatch(/\n== armed-group-fighters: change in clanStrength since 2013\n/);
    expect(result.code).toBe(verdicts.every((l) => /\sPASS\s/.test(l)) ? 0 : 1);
  });

  const userErrors: [string, string[], RegExp][] = [
    ['a single seed', ['--seeds', '1'], /^error: --seeds: expected a whole number >= 2 \(a band needs two seeds\), got "1"\n$/],
    ['a scenario without a historical policy', ['--scenario', 'scenarios/upper-huallaga-2005.json'], /^error: scenarios\/upper-huallaga-2005\.json: the scenario has no historical policy/],
  ];
  for (const [what, args, message] of userErrors) {
    it(`refuses ${what} with one line and exit 2`, async () => {
      const result = await history(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    });
  }
});
