// A Spanish-speaking teacher reads why a file could not be loaded in Spanish: every problem the
// replay loader and the JSON reader actually produce has its Spanish wording, with no English left.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileProblemEs } from '../../src/game/strings/fileProblems.ts';
import { loadReplayText } from '../../src/replay/verify.ts';

const FALLBACK = 'no se pudo leer como grabación';
const ENGLISH = /\b(the|not|valid|line|column|expected|replay|scenario|turns?|file|version|which|records|but|has)\b/i;

const example = readFileSync('examples/replays/paired.json', 'utf8');
const replay = JSON.parse(example) as Record<string, unknown> & { scenario: { content: Record<string, unknown> }; turns: unknown[] };

const broken: [string, string][] = [
  ['an empty file', ''],
  ['a file cut short', example.slice(0, 200)],
  ['a stray character', '{"format": x}'],
  ['a trailing comma', '{"format": "between-two-fires-replay",}'],
  ['nesting too deep', '['.repeat(200) + ']'.repeat(200)],
  ['another kind of file', '{"name": "my-package"}'],
  ['another format version', JSON.stringify({ ...replay, formatVersion: 99 })],
  ['a field of the wrong type', JSON.stringify({ ...replay, seed: 7 })],
  ['another engine version', JSON.stringify({ ...replay, engineVersion: '0.0.1' })],
  ['more turns than the scenario has', JSON.stringify({ ...replay, turns: [...replay.turns, ...replay.turns] })],
];

describe('file problems in Spanish', () => {
  for (const [what, text] of broken) {
    it(`words ${what} in Spanish`, () => {
      const loaded = loadReplayText(text);
      expect(loaded.ok).toBe(false);
      if (loaded.ok) return;
      const spanish = fileProblemEs(loaded.error);
      expect(spanish, loaded.error).not.toBe(FALLBACK);
      expect(spanish.replace(/"[^"]*"|\S*[[\].]\S*/g, ''), spanish).not.toMatch(ENGLISH);
    });
  }

  it('words a key written twice (a warning on a file that still loads) in Spanish, naming the line', () => {
    const loaded = loadReplayText(example.replace('{', '{"player": "Early name",\n'));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.warnings).toHaveLength(1);
    expect(fileProblemEs(loaded.warnings[0]!)).toMatch(/^línea 2, columna \d+: player: la clave "player" aparece dos veces; cuenta la última$/);
  });

  it('falls back to a plain Spanish sentence for a problem it does not know', () => {
    expect(fileProblemEs('something new went wrong')).toBe(FALLBACK);
  });
});
