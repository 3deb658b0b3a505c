/**
 * The hostile corpus through the command lines, as a teacher would run them: one line per
 * problem naming the file, exit 1 for files with errors, 2 for a file that cannot be read, never
 * a stack trace; the largest accepted scenarios are validated to the end.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.ts';
import { HOSTILE_REPLAYS, HOSTILE_SCENARIOS, WORST_ACCEPTED, type HostileCase } from './corpus.ts';

const dir = mkdtempSync(join(tmpdir(), 'hostile-'));

function write(prefix: string, cases: readonly HostileCase[]): string[] {
  return cases.map((c, i) => {
    const file = join(dir, `${prefix}-${i}.json`);
    writeFileSync(file, c.text());
    return file;
  });
}

const noTrace = (text: string) => {
  expect(text).not.toContain('internal error');
  expect(text).not.toMatch(/^\s+at /m);
};

describe('the hostile corpus on the command line', () => {
  it('npm run validate: one line per refused file, exit 1; a missing file makes it 2', async () => {
    const refused = HOSTILE_SCENARIOS.filter((c) => c.expected !== null && !/checks|seeds/.test(c.name));
    const files = write('scenario', refused);
    const result = await runCli('src/cli/validate.ts', ['--seeds', '1', ...files]);
    noTrace(result.stdout + result.stderr);
    expect(result.code).toBe(1);
    files.forEach((file, i) => {
      const lines = result.stdout.split('\n').filter((line) => line.startsWith(`${file}:`));
      expect(lines.some((line) => refused[i]!.expected!.test(line.replace(/^.*?: error: /, ''))), `${refused[i]!.name}: ${lines.join(' | ')}`).toBe(true);
    });
    const missing = await runCli('src/cli/validate.ts', [files[0]!, join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain(`${join(dir, 'nope.json')}: cannot be read: no such file`);
  }, 60_000);

  it('npm run replay: one line per refused file, exit 1, the good file still read', async () => {
    const files = write('replay', HOSTILE_REPLAYS);
    const result = await runCli('src/cli/replay.ts', ['--verify', ...files]);
    noTrace(result.stdout + result.stderr);
    expect(result.code).toBe(1);
    HOSTILE_REPLAYS.forEach((c, i) => {
      const lines = result.stderr.split('\n').filter((line) => line.startsWith(`${files[i]}:`));
      const said = lines.map((line) => line.slice(files[i]!.length + 2));
      if (c.expected === null) expect(said.join('\n')).toMatch(/verified, 20 turns|the same game as/);
      else if (/^\^(scenario modified|does not verify|unfinished)/.test(c.expected.source)) expect(said.join('\n'), c.name).toMatch(/^(scenario modified from the shipped vraem-2012|does not verify at turn \d+: |verified, 10 turns of 20 \(unfinished\))/m);
      else expect(said).toEqual([expect.stringMatching(c.expected)]);
    });
  }, 60_000);

  it('npm run validate finishes the largest accepted scenario (time in the summary)', async () => {
    // One of the three in the suite, to keep it quick; all three are timed by hand (see corpus.ts).
    const files = WORST_ACCEPTED.slice(0, 1).map((c, i) => {
      const file = join(dir, `worst-${i}.json`);
      writeFileSync(file, JSON.stringify(c.json()));
      return file;
    });
    const result = await runCli('src/cli/validate.ts', files);
    noTrace(result.stdout + result.stderr);
    expect(result.code).toBe(0);
    for (const file of files) expect(result.stdout).toMatch(new RegExp(`${file}: valid .*; \\d+\\.\\d s\\)`));
  }, 120_000);
});
