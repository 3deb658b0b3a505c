// The engine and the scenario format must run anywhere, identically: no Phaser, no DOM, no
// Node APIs, no Math.random, no clock.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/from\s+['"]phaser['"]|import\(['"]phaser['"]\)/, 'imports Phaser'],
  [/\b(window|document|localStorage|navigator|HTMLElement)\b/, 'touches the DOM'],
  [/Math\.random/, 'uses Math.random'],
  [/\bDate\b|performance\.now|process\.hrtime/, 'reads the clock'],
  [/from\s+['"]node:|require\(/, 'uses Node APIs'],
  [/\bsetTimeout\b|\bsetInterval\b/, 'uses timers'],
];

const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

describe('engine purity', () => {
  const files = [...sourceFiles('src/engine'), ...sourceFiles('src/scenario')];

  it('finds the engine and scenario sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const file of files) {
    it(`${file} stays pure`, () => {
      const text = code(readFileSync(file, 'utf8'));
      const problems = FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
      expect(problems).toEqual([]);
    });
  }

  it('would catch a forbidden call', () => {
    expect(FORBIDDEN.some(([pattern]) => pattern.test(code('const x = Math.random();')))).toBe(true);
    expect(FORBIDDEN.some(([pattern]) => pattern.test(code("import Phaser from 'phaser';")))).toBe(true);
    expect(FORBIDDEN.some(([pattern]) => pattern.test(code('// Math.random in a comment is fine')))).toBe(false);
  });
});
