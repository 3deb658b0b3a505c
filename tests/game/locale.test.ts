import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/game/strings/en.ts';
import { es } from '../../src/game/strings/es.ts';
import { t } from '../../src/game/strings/index.ts';
import { matchLocale, readStored, remember, resolveLocale, setLocale } from '../../src/game/strings/locale.ts';
import { fmt } from '../../src/game/ui/format.ts';

afterEach(() => setLocale('en'));

describe('choosing the language', () => {
  it('takes ?lang= first, then the remembered choice, then the browser, then English', () => {
    expect(resolveLocale({ query: 'es', stored: 'en', browser: ['en-US'] })).toBe('es');
    expect(resolveLocale({ query: null, stored: 'es', browser: ['en-US'] })).toBe('es');
    expect(resolveLocale({ query: null, stored: null, browser: ['fr-FR', 'es-PE', 'en'] })).toBe('es');
    expect(resolveLocale({ query: null, stored: null, browser: ['fr-FR'] })).toBe('en');
  });

  it('passes over an unknown or garbled ?lang= to the browser language, without an error', () => {
    expect(resolveLocale({ query: 'xx', stored: null, browser: ['es-419'] })).toBe('es');
    expect(resolveLocale({ query: '<script>', stored: 'qq', browser: [] })).toBe('en');
    expect(matchLocale('ES_pe')).toBe('es');
    expect(matchLocale('')).toBeNull();
  });

  it('never throws when storage refuses to be read or written', () => {
    const broken = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(readStored(broken)).toBeNull();
    expect(() => remember(broken, 'es')).not.toThrow();
    const full = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } } as unknown as Storage;
    expect(() => remember(() => full, 'es')).not.toThrow();
  });
});

describe('the active dictionary', () => {
  it('follows the locale through the same t.section.key access', () => {
    expect(t.play.endTurn).toBe(en.play.endTurn);
    setLocale('es');
    expect(t.play.endTurn).toBe(es.play.endTurn);
    expect(t.play.community.zone.jungle).toBe('selva');
  });

  it('formats numbers and quarters in the active locale', () => {
    expect(fmt.whole(12345)).toBe('12,345');
    expect(t.play.quarter(2012, 3)).toBe('Q3 2012');
    setLocale('es');
    expect(fmt.index(3.25)).toBe(new Intl.NumberFormat('es-PE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(3.25));
    expect(t.play.quarter(2012, 3)).toBe('III trimestre 2012');
  });
});

/** Every sentence of a dictionary by path; functions are called with marked arguments. */
function sentences(dictionary: object, prefix = ''): Map<string, { text: string; args: string[] }> {
  const found = new Map<string, { text: string; args: string[] }>();
  for (const [key, value] of Object.entries(dictionary)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, { text: value, args: [] });
    else if (typeof value === 'function') {
      // Marked strings for every parameter: a sentence that shows a value shows its marker.
      const args = Array.from({ length: value.length }, (_, i) => `«arg${i}»`);
      found.set(path, { text: String((value as (...a: string[]) => string)(...args)), args });
    } else for (const [p, s] of sentences(value as object, path)) found.set(p, s);
  }
  return found;
}

describe('the Spanish dictionary', () => {
  it('keeps every value the English sentence shows', () => {
    const spanish = sentences(es);
    for (const [path, english] of sentences(en)) {
      const shown = english.args.filter((a) => english.text.includes(a));
      for (const arg of shown) expect(spanish.get(path)!.text, path).toContain(arg);
    }
  });

  it('translates the sentences (only names and symbols may stay the same)', () => {
    const spanish = sentences(es);
    const same = [...sentences(en)].filter(([path, english]) => spanish.get(path)!.text === english.text).map(([path]) => path);
    // Numbers given as markers format as NaN in both languages, hence the hectares.
    // Names of people, acronyms and Spanish terms the glossary explains, keys and punctuation stay as they are.
    // Advisers' names and the place-specific glossary entries are the scenario's, translated there.
    const names = ['charts.series.cocaHectares', 'keys.endTurn', 'why.and', 'why.because', 'why.move'];
    const terms = [0, 1, 2, 4].map((i) => `glossary.entries.${i}.term`);
    expect(same.sort()).toEqual(['a11y.markerKey.security', 'a11y.value', 'debrief.csv.no', 'debrief.fileError', 'debrief.metric.cocaHectares', 'language.names.en', 'language.names.es', 'play.charts.coca', 'play.community.coca', 'play.community.hectares', 'play.cost', 'sources.date', 'sources.publication', ...names, ...terms].sort());
  });
});
