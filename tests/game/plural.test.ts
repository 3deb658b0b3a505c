// Counts in both languages follow Intl.PluralRules, and the string modules hold no home-made
// plural ("file(s)", `n === 1 ? … : …`) that a language with other rules would get wrong.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { count, plural } from '../../src/game/strings/numbers.ts';
import { setLocale } from '../../src/game/strings/locale.ts';

describe('plurals', () => {
  afterEach(() => setLocale('en'));

  it('picks the form by the language\'s plural rules, and groups the figure as the language does', () => {
    expect(count(1, 'file', 'files')).toBe('1 file');
    expect(count(0, 'file', 'files')).toBe('0 files');
    expect(count(1200, 'file', 'files')).toBe('1,200 files');
    setLocale('es');
    expect(count(1, 'vez', 'veces')).toBe('1 vez');
    expect(count(2, 'vez', 'veces')).toBe('2 veces');
    expect(plural(0, { one: 'partida', other: 'partidas' })).toBe('partidas');
    expect(count(1200, 'partida', 'partidas')).toBe(new Intl.NumberFormat('es-PE').format(1200) + ' partidas');
  });

  it('leaves no home-made plural in the string modules', () => {
    for (const file of ['src/game/strings/en.ts', 'src/game/strings/es.ts']) {
      const text = readFileSync(file, 'utf8');
      expect(text.match(/\p{L}\((s|es|n)\)(?=[\s.,;:!?)])/gu) ?? [], file).toEqual([]);
      expect(text.match(/===\s*1\s*\?/g) ?? [], file).toEqual([]);
    }
  });
});
