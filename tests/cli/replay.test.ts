import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeRegion } from '../../src/engine/index.ts';
import { playPolicy } from '../../src/policy/run.ts';
import { assess } from '../../src/engine/index.ts';
import { loadPolicy, vraem } from '../engine/helpers.ts';
import { runCli } from './run.ts';

const replay = (...args: string[]) => runCli('src/cli/replay.ts', args);
const sim = (...args: string[]) => runCli('src/cli/sim.ts', args);
const dir = mkdtempSync(join(tmpdir(), 'btf-replay-'));

describe('npm run replay', () => {
  it('verifies a replay written by npm run sim, and prints its turns', async () => {
    const file = join(dir, 'sq.json');
    const made = await sim('--scenario', 'scenarios/vraem-2012.json', '--seed', '11', '--policy', 'policies/status-quo.json', '--replay-out', file);
    expect(made.code).toBe(0);
    const result = await replay(file);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(21);
    const game = playPolicy(vraem, loadPolicy('status-quo'), '11');
    const last = summarizeRegion(vraem, game.states[20]!);
    const tenths = (x: number) => String(Math.round(x * 10) / 10); // as the class table rounds
    expect(lines[20]).toMatch(new RegExp(`^\\s*20\\s+10\\s+60\\s+10\\s+10\\s+40\\s+${tenths(last.meanTrust)}\\s+${tenths(last.meanSecurity)}\\s+${last.cocaHectares}\\s`));
  });

  it('prints a class table whose figures match the engine, as CSV', async () => {
    const result = await replay('examples/replays/paired.json', 'examples/replays/status-quo.json', '--report', 'csv');
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('\uFEFF')).toBe(true);
    const [header, paired] = result.stdout.trim().split('\n');
    expect(header).toBe('file,player,scenario,seed,turns,verified,finished,status,security,trust,coca,human-rights,livelihoods,clan');
    const game = playPolicy(vraem, loadPolicy('paired'), '7');
    const expected = assess(vraem, game.states[20]!).map((c) => Math.round(c.value * 10) / 10);
    expect(paired).toBe(['examples/replays/paired.json', 'Example: eradication paired with development', 'vraem-2012', '7', '20', 'yes', 'yes', '', ...expected].join(','));
  });

  it('exits 1 for a file that does not verify, naming the turn', async () => {
    const tampered = JSON.parse(readFileSync('examples/replays/status-quo.json', 'utf8'));
    tampered.turns[3].decisions.levers.eradicationPace = 90;
    const file = join(dir, 'tampered.json');
    writeFileSync(file, JSON.stringify(tampered));
    const result = await replay(file, '--verify');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/tampered\.json: does not verify at turn 4: the state differs from the one recorded \(/);
  });

  it('exits 2 for a file that is not JSON, still reading the others, and counts a duplicate once', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, 'hello');
    const result = await replay(bad, 'examples/replays/paired.json', 'examples/replays/paired.json', '--verify');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}: not valid JSON at line 1, column 1`);
    expect(result.stderr).toContain('examples/replays/paired.json: verified, 20 turns');
    expect(result.stderr).toContain('examples/replays/paired.json: the same game as examples/replays/paired.json; counted once');
  });
});
