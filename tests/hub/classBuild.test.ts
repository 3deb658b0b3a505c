import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildNeeded } from '../../src/cli/classBuild.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'btf-build-'));
  dirs.push(root);
  mkdirSync(join(root, 'src/game'), { recursive: true });
  writeFileSync(join(root, 'src/game/main.ts'), '');
  return root;
}

const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

describe('npm run class builds only when needed', () => {
  it('builds without a build, or when a source is newer than it, and not otherwise', () => {
    const root = project();
    expect(buildNeeded(root)).toBe(true);
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/index.html'), '');
    at(join(root, 'src/game/main.ts'), 1_000);
    at(join(root, 'src/game'), 1_000);
    at(join(root, 'src'), 1_000);
    at(join(root, 'dist/index.html'), 2_000);
    expect(buildNeeded(root)).toBe(false);
    at(join(root, 'src/game/main.ts'), 3_000);
    expect(buildNeeded(root)).toBe(true);
  });
});
