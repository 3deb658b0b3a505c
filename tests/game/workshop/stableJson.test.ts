import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { literalMemory, stableJson } from '../../../src/game/workshop/stableJson.ts';

const shipped = ['classroom-short', 'upper-huallaga-2005', 'vraem-2012'];

describe('stableJson', () => {
  for (const name of shipped) {
    it(`gives back ${name}.json byte for byte when nothing changed`, () => {
      const text = readFileSync(`scenarios/${name}.json`, 'utf8');
      expect(stableJson(JSON.parse(text), literalMemory(text))).toBe(text);
    });
  }

  it('changes only the edited line', () => {
    const text = readFileSync('scenarios/classroom-short.json', 'utf8');
    const value = JSON.parse(text);
    value.communities[1].population += 1;
    const before = text.split('\n');
    const after = stableJson(value, literalMemory(text)).split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [i]));
    expect(changed).toHaveLength(1);
    expect(after[changed[0]!]).toContain(`"population": ${value.communities[1].population}`);
  });

  it('keeps a number as the file wrote it while its value is unchanged, and writes a new value plainly', () => {
    const text = '{\n  "a": 1.0,\n  "b": 2.50\n}\n';
    const memory = literalMemory(text);
    expect(stableJson({ a: 1, b: 2.5 }, memory)).toBe(text);
    expect(stableJson({ a: 3, b: 2.5 }, memory)).toBe('{\n  "a": 3,\n  "b": 2.50\n}\n');
  });

  it('writes a draft with no file as JSON.stringify does, with a final newline', () => {
    const value = { x: [], y: {}, z: [1, { w: 'é' }], n: null };
    expect(stableJson(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
