import { describe, expect, it } from 'vitest';
import { readMany } from '../../src/replay/readPicked.ts';
import { MAX_JSON_CHARS } from '../../src/scenario/json.ts';

describe('reading many dropped files', () => {
  it('gives each file its own text, in order, across reads of several files, accents and a byte-order mark included', async () => {
    const texts = Array.from({ length: 19 }, (_, i) => `{"player": "Estudiante ${i} — Ñuñoa", "n": ${i}}`);
    const files = texts.map((text, i) => new File([i === 3 ? '\uFEFF' + text : text], `s${i}.json`));
    const tooLarge = new File([' '.repeat(MAX_JSON_CHARS + 1)], 'huge.json');
    const reads = await Promise.all(readMany([...files.slice(0, 10), tooLarge, ...files.slice(10)]));
    expect(reads[10]).toEqual({ ok: false, error: expect.stringMatching(/^too large/) });
    expect(reads.filter((_, i) => i !== 10)).toEqual(texts.map((text) => ({ ok: true, text })));
  });
});
