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
import { forgedEasierReplay, shippedReplay } from './build.ts';
import { HOSTILE_POLICIES, HOSTILE_REPLAYS, HOSTILE_SCENARIOS, WORST_ACCEPTED, type HostileCase } from './corpus.ts';

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

  it('npm run replay: one line per refused file, exit 2 as some are not replays, the good file still read', async () => {
    const files = write('replay', HOSTILE_REPLAYS);
    const result = await runCli('src/cli/replay.ts', ['--verify', ...files]);
    noTrace(result.stdout + result.stderr);
    expect(result.code).toBe(2);
    HOSTILE_REPLAYS.forEach((c, i) => {
      const lines = result.stderr.split('\n').filter((line) => line.startsWith(`${files[i]}:`));
      const said = lines.map((line) => line.slice(files[i]!.length + 2));
      if (c.expected === null) expect(said.join('\n')).toMatch(/verified, 20 turns|the same game as/);
      else if (/^\^(scenario modified|does not verify|unfinished)/.test(c.expected.source)) expect(said.join('\n'), c.name).toMatch(/^(scenario modified from the shipped vraem-2012|does not verify at turn \d+: |verified, 10 turns of 20 \(unfinished\))/m);
      else expect(said).toEqual([expect.stringMatching(c.expected)]);
      if (c.warning) expect(said.map((line) => line.replace(/^warning: /, ''))).toContainEqual(expect.stringMatching(c.warning));
    });
  }, 60_000);

  it('npm run sim: each hostile policy refused with its one line (exit 1), or played (exit 0) with its name on one line, controls escaped', async () => {
    const files = write('policy', HOSTILE_POLICIES);
    for (const [i, c] of HOSTILE_POLICIES.entries()) {
      const result = await runCli('src/cli/sim.ts', ['--scenario', 'scenarios/vraem-2012.json', '--seed', '7', '--policy', files[i]!]);
      noTrace(result.stdout + result.stderr);
      expect(result.stdout + result.stderr, c.name).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      if (c.expected) {
        expect(result.code, c.name).toBe(1);
        expect(result.stderr.trim().split('\n')[0]!.slice(`error: ${files[i]}: `.length), c.name).toMatch(c.expected);
      } else expect(result.code, `${c.name}: ${result.stderr}`).toBe(0);
      if (c.warning) expect(result.stderr, c.name).toContain(`${files[i]}: warning: `);
    }
    const named = HOSTILE_POLICIES.findIndex((c) => c.name.includes('escape sequences'));
    const result = await runCli('src/cli/sim.ts', ['--scenario', 'scenarios/vraem-2012.json', '--seed', '7', '--policy', files[named]!]);
    expect(result.stdout).toContain('policy "\\x1b[31mred\\x1b]0;pwned\\x07\\nsecond line", seed 7');
  }, 120_000);

  it('npm run validate and replay on a device that never ends: the oversized-file message at once', async () => {
    const started = performance.now();
    const validate = await runCli('src/cli/validate.ts', ['/dev/zero']);
    expect(validate.stdout).toContain('/dev/zero: error: too large (more than 5.0 MB; the limit is 5.0 MB)');
    expect(validate.code).toBe(1);
    const replay = await runCli('src/cli/replay.ts', ['/dev/zero']);
    expect(replay.stderr).toContain('/dev/zero: too large (more than 5.0 MB; the limit is 5.0 MB)');
    expect(replay.code).toBe(2);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);
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

describe('npm run replay: one exit-code contract', () => {
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const genuine = file('genuine.json', JSON.stringify(shippedReplay('7')));
  const tampered = (() => {
    const r = JSON.parse(JSON.stringify(shippedReplay('8')));
    r.turns[3].decisions.levers = { ...r.turns[3].decisions.levers, eradicationPace: 95 };
    return file('tampered.json', JSON.stringify(r));
  })();
  const lookAlike = file('forged.json', JSON.stringify(forgedEasierReplay('vraem-2012-revised')));
  const modified = file('modified.json', JSON.stringify(forgedEasierReplay()));
  const notJson = file('not-json.json', 'hello');
  const notReplay = file('not-replay.json', '{"format": "something else"}');
  const utf16 = file('utf16.json', Buffer.from(`\uFEFF${JSON.stringify(shippedReplay('9'))}`, 'utf16le').toString('utf8'));
  const cases: [string, string[], number][] = [
    ['every file verifies, on the class\'s shipped scenario', [genuine], 0],
    ['a file does not verify', [genuine, tampered], 1],
    ['a scenario modified under the shipped id', [genuine, modified], 1],
    ['a look-alike custom scenario', [genuine, lookAlike], 1],
    ['a look-alike custom scenario, allowed', [genuine, lookAlike, '--allow-custom'], 0],
    ['a file that is not JSON', [genuine, notJson], 2],
    ['a file that is not a replay', [genuine, notReplay], 2],
    ['a file in UTF-16', [genuine, utf16], 2],
    ['a file that does not exist', [genuine, join(dir, 'nowhere.json')], 2],
    ['unreadable beats does not verify', [tampered, notJson], 2],
  ];
  for (const [name, args, code] of cases) {
    it(`${name}: exit ${code}`, async () => {
      const result = await runCli('src/cli/replay.ts', ['--verify', ...args]);
      noTrace(result.stdout + result.stderr);
      expect(result.code, result.stderr).toBe(code);
    }, 60_000);
  }

  it('the class table names each run\'s scenario, marks the look-alike and fails for it', async () => {
    const result = await runCli('src/cli/replay.ts', [genuine, lookAlike, '--report', 'csv']);
    expect(result.code).toBe(1);
    const rows = result.stdout.replace(/^\uFEFF/, '').trim().split('\n');
    expect(rows[0]).toMatch(/^file,player,scenario,seed,/);
    expect(rows[1]).toContain(`${genuine},Ana,vraem-2012,7,`);
    expect(rows[2]).toMatch(/,Forger,"vraem-2012-revised \(custom, [0-9a-f]{8}\)",7,20,yes,yes,"a custom scenario, not the class's vraem-2012",/);
    expect(result.stderr).toMatch(/forged\.json: a custom scenario, not the class's vraem-2012 \(vraem-2012-revised \(custom, [0-9a-f]{8}\)\); --allow-custom to accept it/);
  }, 60_000);

  it('names and player names: no formula under either separator, no control character, one line per run', async () => {
    const named = (name: string, seed: string) => {
      const r = JSON.parse(JSON.stringify(shippedReplay(seed)));
      r.player = name;
      return file(`player-${seed}.json`, JSON.stringify(r));
    };
    const files = [named('a;=1+1;b', '21'), named('x\r\n=1+1', '22'), named('\u001b[2J\u001b]0;title\u0007Eve\nMallory', '23')];
    const csv = await runCli('src/cli/replay.ts', [...files, '--report', 'csv']);
    for (const separator of [',', ';']) {
      // A spreadsheet that splits on the separator: every piece of a cell, and every line of it.
      const pieces = csv.stdout.split(/\r?\n|\r/).flatMap((line) => line.split(separator)).map((piece) => piece.replace(/^"/, ''));
      // A negative figure of ours is a number, not a formula.
      expect(pieces.filter((piece) => /^[=+\-@\t\r]/.test(piece) && !/^-\d+(\.\d+)?$/.test(piece))).toEqual([]);
    }
    const text = await runCli('src/cli/replay.ts', files);
    expect(text.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text.stdout.trim().split('\n')).toHaveLength(1 + files.length);
    expect(text.stdout).toContain('\\x1b[2J\\x1b]0;title\\x07Eve\\nMallory');
  }, 60_000);
});

