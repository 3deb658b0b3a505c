// Figures in the scenarios' Spanish texts are written the way the game's screens write numbers
// in Spanish, through Intl.NumberFormat('es-PE'): "42,900 ha", "US$4.3". A hand-written
// "42 900", "4,3" or "6000" beside them would give a reader the same figure in two ways.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SHIPPED = ['scenarios/vraem-2012.json', 'scenarios/classroom-short.json', 'scenarios/upper-huallaga-2005.json'];
const PERU = new Intl.NumberFormat('es-PE');

/** Law, decree and battalion numbers, pages and years are names, not quantities. */
const NAME_BEFORE = /(Ley|Legislativo|Decreto|N°|Batallón|Contraterrorista|p\.|pp\.)\s*$/i;

/** The figures in a text that es-PE would write otherwise, each with what it would write. */
export function misWritten(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![\d,.])(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)(?!\d)/g)) found.push(`${m[0]} → ${PERU.format(Number(m[1] + m[2]!.replace(/\D/g, '')))}`);
  for (const m of text.matchAll(/(?<![\d,.])(\d+),(\d{1,2})(?!\d)/g)) found.push(`${m[0]} → ${m[1]}.${m[2]}`);
  for (const m of text.matchAll(/(?<![\d.,/])(\d{4,})(?![\d.,])/g)) {
    const n = Number(m[1]);
    const isYear = n >= 1900 && n <= 2099 && !text.slice(m.index! + m[0].length).startsWith(' ha');
    if (!isYear && !NAME_BEFORE.test(text.slice(0, m.index))) found.push(`${m[0]} → ${PERU.format(n)}`);
  }
  return found;
}

describe('figures in the Spanish texts', () => {
  it('tells the ways es-PE does not write a figure', () => {
    expect(misWritten('unas 55 000 personas, 3,3 dólares y 6000 soldados')).toEqual(['55 000 → 55,000', '3,3 → 3.3', '6000 → 6,000']);
    expect(misWritten('en 2014, la Ley 27908, unos 55,000 y 3.3 dólares')).toEqual([]);
  });

  it('writes every figure as Intl.NumberFormat("es-PE") does', () => {
    const wrong = SHIPPED.flatMap((file) => {
      const spanish = (JSON.parse(readFileSync(file, 'utf8')) as { translations: { es: Record<string, string> } }).translations.es;
      return Object.entries(spanish).flatMap(([key, text]) => misWritten(text).map((w) => `${file} ${key}: ${w}`));
    });
    expect(wrong).toEqual([]);
  });
});
