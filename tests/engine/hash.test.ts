import { describe, expect, it } from 'vitest';
import { canonicalJson, fnv1a64 } from '../../src/engine/hash.ts';

describe('content hash', () => {
  it('is 64-bit FNV-1a (published test vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
    expect(fnv1a64(canonicalJson({ x: 1, y: 2 }))).toBe(fnv1a64(canonicalJson({ y: 2, x: 1 })));
  });
});
