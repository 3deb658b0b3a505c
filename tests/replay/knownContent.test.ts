// A class's replay files carry the same embedded scenario, written by the game: after the first
// file, each next one's copy is compared as text and cut out before parsing (see
// knownContentCut in src/replay/verify.ts). What a file loads to must not change, nor what a
// doubtful file is told.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { playPolicy } from '../../src/policy/run.ts';
import { recordReplay } from '../../src/replay/record.ts';
import { loadReplayText, type LoadedReplay } from '../../src/replay/verify.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { shippedScenario } from '../analysis/scenario.ts';

// The lengths of the texts the JSON parser is handed.
const parsedLengths: number[] = [];
vi.mock('../../src/scenario/json.ts', async (original) => {
  const real = await original<typeof import('../../src/scenario/json.ts')>();
  return { ...real, parseJsonText: (...args: Parameters<typeof real.parseJsonText>) => (parsedLengths.push(args[0].length), real.parseJsonText(...args)) };
});

const vraem = shippedScenario('vraem-2012');
const other = shippedScenario('classroom-short');
const policy = { name: 'p', description: 'p', levers: {}, turns: [], choices: { rule: 'first' as const, byEvent: {} } };
const file = (scenario: Scenario, seed: string) => JSON.stringify(recordReplay({ scenario, seed, ...playPolicy(scenario, policy, seed) }, `Student ${seed}`));
/** What a load says, without the objects' identity. */
const said = (loaded: LoadedReplay) => JSON.parse(JSON.stringify(loaded)) as unknown;

describe("a class's files, the embedded scenario seen before", () => {
  beforeEach(() => {
    // Another scenario's file first: the next file of the VRAEM is parsed whole.
    loadReplayText(file(other, 'reset'));
    parsedLengths.length = 0;
  });

  it('parses only what is not the scenario seen in the file before, and loads to the same as parsed whole', () => {
    const first = file(vraem, 'a');
    const second = file(vraem, 'b');
    const whole = said(loadReplayText(second, { shipped: [vraem] }));
    loadReplayText(first, { shipped: [vraem] });
    parsedLengths.length = 0;
    const cut = loadReplayText(second, { shipped: [vraem] });
    expect(parsedLengths).toHaveLength(1);
    expect(parsedLengths[0]).toBeLessThan(second.length / 3);
    expect(cut.ok && cut.divergence).toBeNull();
    expect(said(cut)).toEqual(whole);
  });

  it('parses a file whole when its copy is not where the scenario goes, or it holds the placeholder', () => {
    loadReplayText(file(vraem, 'a'));
    const replay = JSON.parse(file(vraem, 'b')) as { scenario: { content: unknown }; extra?: unknown };
    // The scenario's text elsewhere in the file, and where the scenario goes a string that parses to the placeholder.
    replay.extra = replay.scenario.content;
    replay.scenario.content = '\u0000kept-scenario';
    const text = JSON.stringify(replay);
    parsedLengths.length = 0;
    const loaded = loadReplayText(text);
    expect(parsedLengths).toEqual([text.length]);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toMatch(/^not a valid replay|embedded scenario/);
  });

  it('parses a file whole when its text says something twice, so the warning says where', () => {
    loadReplayText(file(vraem, 'a'));
    const text = file(vraem, 'b').replace('"player":', '"player":"x","player":');
    parsedLengths.length = 0;
    const loaded = loadReplayText(text);
    expect(parsedLengths.at(-1)).toBe(text.length);
    expect(loaded.ok && loaded.warnings[0]).toMatch(/^line 1, column \d+: player: duplicate key "player"; the last one counts$/);
  });

  it('still refuses a copy of the scenario whose recorded hash was altered', () => {
    loadReplayText(file(vraem, 'a'));
    const replay = JSON.parse(file(vraem, 'b')) as { scenario: { hash: string } };
    replay.scenario.hash = replay.scenario.hash.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    const loaded = loadReplayText(JSON.stringify(replay));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toContain('does not match the scenario hash');
  });
});
