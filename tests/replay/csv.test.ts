import { describe, expect, it } from 'vitest';
import { BYTE_ORDER_MARK, csvDocument, csvLine } from '../../src/replay/csv.ts';
import { classTableCsv } from '../../src/replay/classTable.ts';

describe('CSV exports', () => {
  it('neutralise text a spreadsheet would run as a formula, with a leading apostrophe', () => {
    expect(csvLine(['=HYPERLINK("http://evil","click")', '+cmd|/c calc', '-2+3', '@SUM(A1:A9)', '\tx', '\rx'])).toBe(
      `"'=HYPERLINK(""http://evil"",""click"")",'+cmd|/c calc,'-2+3,'@SUM(A1:A9),'\tx,"'\rx"`,
    );
  });

  it('leave numbers and ordinary text alone, and quote commas, quotes and line breaks', () => {
    expect(csvLine([-5, 0.5, 'Pichari', 'a,b', 'say "hi"', 'one\ntwo', 'one\rtwo', 'María Ñaupa', 'x=1'])).toBe('-5,0.5,Pichari,"a,b","say ""hi""","one\ntwo","one\rtwo",María Ñaupa,x=1');
  });

  it('start every document with a UTF-8 byte-order mark', () => {
    expect(csvDocument(['a'], [['é']])).toBe(`${BYTE_ORDER_MARK}a\né\n`);
    const table = classTableCsv([{ file: '=1+1.json', player: '@Ana', seed: '7', turns: 20, verified: true, finished: true, status: '', outcomes: { trust: 40 } }], ['trust']);
    expect(table).toBe(`${BYTE_ORDER_MARK}file,player,seed,turns,verified,finished,status,trust\n'=1+1.json,'@Ana,7,20,yes,yes,,40\n`);
  });
});
