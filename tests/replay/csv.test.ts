import { describe, expect, it } from 'vitest';
import { BYTE_ORDER_MARK, csvDocument, csvLine } from '../../src/replay/csv.ts';
import { classTableCsv } from '../../src/replay/classTable.ts';

/** RFC 4180 as a spreadsheet reads it, splitting on `separator`: rows of cells. */
function parseCsv(text: string, separator: ',' | ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && atStart) (quoted = true), (atStart = false);
    else if (c === separator) (row.push(cell), (cell = ''), (atStart = true));
    else if (c === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), (atStart = true));
    else (cell += c), (atStart = false);
  }
  if (cell !== '' || row.length > 0) (row.push(cell), rows.push(row));
  return rows;
}

/** A cell, or a line inside one, that a spreadsheet would run as a formula. */
const live = (cell: string) => cell.split(/[\r\n]/).some((line) => /^[=+\-@\t\r]/.test(line));

const HOSTILE = [
  'a;=1+1;b',
  'a,=1+1,b',
  'one\n=1+1',
  'one\r=1+1',
  'one\r\n@SUM(A1)',
  '=HYPERLINK("http://evil","click")',
  '+cmd|/c calc',
  '-2+3',
  '\t=1',
  '\r\r=1',
  'x\t-1',
  'say "=1"',
  'bell\u0007\u001b[31mred\u009b',
  'María Ñaupa',
];

describe('CSV exports', () => {
  it('neutralise a formula lead at the start and after every line break, with a leading apostrophe', () => {
    expect(csvLine(['=HYPERLINK("http://evil","click")', '+cmd|/c calc', '-2+3', '@SUM(A1:A9)', '\tx', '\rx', 'a\n=1'])).toBe(
      `"'=HYPERLINK(""http://evil"",""click"")",'+cmd|/c calc,'-2+3,'@SUM(A1:A9),"'\tx","'\rx","a\n'=1"`,
    );
  });

  it('leave numbers and ordinary text alone, and quote commas, semicolons, tabs, quotes and line breaks', () => {
    expect(csvLine([-5, 0.5, 'Pichari', 'a,b', 'a;b', 'say "hi"', 'one\ntwo', 'one\rtwo', 'María Ñaupa', 'x=1'])).toBe(
      '-5,0.5,Pichari,"a,b","a;b","say ""hi""","one\ntwo","one\rtwo",María Ñaupa,x=1',
    );
  });

  it('drop control characters other than tab and line breaks', () => {
    expect(csvLine(['bell\u0007\u001b[31mred\u009b\u007f'])).toBe('bell[31mred');
  });

  for (const separator of [',', ';'] as const) {
    it(`leave no live formula when a spreadsheet splits on "${separator}"`, () => {
      const document = csvDocument(['name', 'value'], HOSTILE.map((name, i) => [name, i]));
      const cells = parseCsv(document.slice(1), separator).flat();
      expect(cells.filter(live)).toEqual([]);
      if (separator === ',') {
        // Read as written, every name comes back whole: the text less control characters, an apostrophe before each lead.
        expect(parseCsv(document.slice(1), ',').slice(1).map((row) => row[0]!.replace(/'(?=[=+\-@\t\r])/g, ''))).toEqual(HOSTILE.map((name) => name.replace(/[\u0007\u001b\u009b]/g, '')));
      }
    });
  }

  it('start every document with a UTF-8 byte-order mark', () => {
    expect(csvDocument(['a'], [['é']])).toBe(`${BYTE_ORDER_MARK}a\né\n`);
    const table = classTableCsv([{ file: '=1+1.json', player: '@Ana', scenarioId: 'vraem-2012', scenarioHash: '0123456789abcdef', shippedScenario: true, seed: '7', turns: 20, verified: true, finished: true, status: '', outcomes: { trust: 40 } }], ['trust']);
    expect(table).toBe(`${BYTE_ORDER_MARK}file,player,scenario,seed,turns,verified,finished,status,trust\n'=1+1.json,'@Ana,vraem-2012,7,20,yes,yes,,40\n`);
  });
});
