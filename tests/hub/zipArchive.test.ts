import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, uniqueNames, zipArchive } from '../../src/hub/zipArchive.ts';

describe('the archive of a class\'s games', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('is a ZIP file the system\'s unzip reads back exactly, names in UTF-8 included', () => {
    const files = [
      { name: 'vraem-2012-Ana-seed-1-turn-20.json', text: '{"a":1}\n' },
      { name: 'vraem-2012-José-seed-1-turn-3.json', text: 'ñandú '.repeat(1000) },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'btf-zip-'));
    try {
      writeFileSync(join(dir, 'class.zip'), zipArchive(files));
      execFileSync('unzip', ['-q', '-t', join(dir, 'class.zip')]);
      execFileSync('unzip', ['-q', join(dir, 'class.zip'), '-d', join(dir, 'out')], { env: { ...process.env, LC_ALL: 'C.UTF-8' } });
      for (const file of files) expect(readFileSync(join(dir, 'out', file.name), 'utf8')).toBe(file.text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps names apart', () => {
    expect(uniqueNames(['a.json', 'A.json', 'a.json', 'b'])).toEqual(['a.json', 'A-2.json', 'a-3.json', 'b']);
  });
});
