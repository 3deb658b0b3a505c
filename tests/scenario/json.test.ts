import { describe, expect, it } from 'vitest';
import { keyTokens, lineColumn, parseJsonText, warningText } from '../../src/scenario/json.ts';

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

describe('keys given twice', () => {
  const warnings = (text: string) => {
    const parsed = parseJsonText(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    return (parsed.warnings ?? []).map(warningText);
  };

  it('are found where the second one is, the last one counting', () => {
    expect(warnings('{\n  "a": 1,\n  "b": {"c": 2, "c" : 3}\n}')).toEqual(['line 3, column 17: b.c: duplicate key "c"; the last one counts']);
  });

  it('are not imagined in text that only looks like a key, nor missed next to escaped quotes', () => {
    // Quotes and colons inside strings, escaped quotes, a string ending in an escaped backslash, spaces before a colon.
    expect(warnings('{"a\\"b": "x\\": y", "c": "d\\\\", "e"\t:\n"\\"f\\":"}')).toEqual([]);
    expect(warnings('{"a\\"b": "x\\": y", "c": "d\\\\", "c"\t:\n"\\"f\\":"}')).toEqual(['line 1, column 32: c: duplicate key "c"; the last one counts']);
    expect(warnings('{"k": ["\\\\", {"k": 1, "k": 2}]}')).toHaveLength(1);
  });

  it('are counted from the text as the parsed value counts its keys', () => {
    const keysOf = (v: unknown): number =>
      v === null || typeof v !== 'object' ? 0 : Array.isArray(v) ? v.reduce((n: number, x) => n + keysOf(x), 0) : Object.values(v).reduce((n: number, x) => n + 1 + keysOf(x), 0);
    for (const text of ['{}', '"a"', '{"a":1}', '{"a\\"b": "x\\": y", "c": "d\\\\", "e"\t:\n"\\"f\\":"}', '[{"\\\\\\"": ["\\\\", ":"]}, "\\\\\\\\"]', '{ "a" : { "b" :[ "c", "d:" ] } }']) {
      expect(keyTokens(text)).toBe(keysOf(JSON.parse(text)));
    }
  });
});

