/**
 * Content hash for files (scenarios embedded in replays, saves): JSON with keys in sorted order,
 * hashed with 64-bit FNV-1a in 16-bit limbs, so every JavaScript engine gets the same 16 hex
 * digits (docs/adr/0003-state-hash.md). Game states have a faster hash of their own: ./stateHash.ts.
 */
export function canonicalJson(value: unknown): string {
  // JSON.stringify with an array of property names writes every object's keys in that array's
  // order: the sorted union of all keys in the value gives canonical JSON in one native pass.
  const keys = new Set<string>();
  collectKeys(value, keys);
  return JSON.stringify(value, [...keys].sort()) ?? 'null';
}

function collectKeys(value: unknown, keys: Set<string>): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectKeys(item, keys);
    return;
  }
  for (const key in value) {
    keys.add(key);
    collectKeys((value as Record<string, unknown>)[key], keys);
  }
}

/** 64-bit FNV-1a over the UTF-16 code units of the text, as 16 hex digits. */
export function fnv1a64(text: string): string {
  // 64-bit state as four 16-bit limbs; offset basis 0xcbf29ce484222325, prime 0x100000001b3.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i);
    // Multiply by the prime: 0x1b3 + (1 << 40), limb by limb.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3;
    const t2 = h2 * 0x1b3;
    const t3 = h3 * 0x1b3;
    // (1 << 40) shifts limb 0 into limb 2 (plus 8 bits), limb 1 into limb 3.
    const s2 = t2 + (h0 << 8);
    const s3 = t3 + (h1 << 8);
    h0 = t0 & 0xffff;
    const c1 = t1 + (t0 >>> 16);
    h1 = c1 & 0xffff;
    const c2 = s2 + Math.floor(c1 / 0x10000);
    h2 = c2 & 0xffff;
    h3 = (s3 + Math.floor(c2 / 0x10000)) & 0xffff;
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
