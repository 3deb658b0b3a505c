import { describe, expect, it } from 'vitest';
import { lineColumn, parseJsonText } from '../../src/scenario/json.ts';

describe('JSON syntax errors', () => {
  const message = (text: string) => {
    const parsed = parseJsonText(text);
    return parsed.ok ? null : parsed.errors[0];
  };

  it('say where parsing stopped and why', () => {
    expect(message('{ "id": ')).toBe('not valid JSON at line 1, column 9: the text ends before the JSON is complete');
    expect(message('{\n  "a": 1,\n  "b": x\n}')).toBe('not valid JSON at line 3, column 8: unexpected character');
    expect(message('{"a":1}}')).toBe('not valid JSON at line 1, column 8: unexpected text after the end of the JSON');
    expect(message('[1,2,]')).toBe('not valid JSON at line 1, column 6: expected a value');
    expect(message('{"a": 1 // note\n}')).toBe('not valid JSON at line 1, column 9: comments are not allowed in JSON');
    expect(message('   ')).toBe('not valid JSON: the file is empty');
  });

  it('parse valid JSON as JSON.parse does', () => {
    expect(parseJsonText('{"a":[1,2,{"b":null}]}')).toEqual({ ok: true, value: { a: [1, 2, { b: null }] } });
  });

  it('count lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
