/**
 * The built game for `npm run class`: built with Vite when there is no build yet or when a
 * source file, scenario or the page is newer than it, so a fresh clone works with one command
 * and a teacher who pulls changes does not serve an old game.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'scenarios', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/** Whether the build in `dist` is missing or older than what it is built from. */
export function buildNeeded(root: string, dist = join(root, 'dist')): boolean {
  const page = join(dist, 'index.html');
  if (!existsSync(page)) return true;
  const built = statSync(page).mtimeMs;
  return SOURCES.some((source) => newest(join(root, source)) > built);
}

export async function buildIfNeeded(root: string, say: (line: string) => void): Promise<string> {
  const dist = join(root, 'dist');
  if (buildNeeded(root, dist)) {
    say('Building the game (once; about a minute)…');
    const { build } = await import('vite');
    await build({ root, logLevel: 'warn' });
  }
  return dist;
}
