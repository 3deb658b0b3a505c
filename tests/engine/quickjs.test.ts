/**
 * Determinism beyond V8: seeded games of every shipped scenario played in QuickJS (a second,
 * independent JavaScript engine) and in Node give the same hash at every turn.
 */
import { readdirSync } from 'node:fs';
import { getQuickJS } from 'quickjs-emscripten';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { gameHashes } from './quickjsGames.ts';
import { loadScenario } from './helpers.ts';

const GAMES = 6;
const shipped = readdirSync('scenarios')
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((name) => loadScenario(`scenarios/${name}`));

/** tests/engine/quickjsGames.ts and the engine as one classic script defining `games`. */
async function bundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      target: 'es2020',
      lib: { entry: 'tests/engine/quickjsGames.ts', formats: ['iife'], name: 'games' },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
  const chunk = chunks.find((c) => c.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('no bundle');
  return chunk.code;
}

describe('determinism in QuickJS', () => {
  it(`gives Node's hash at every turn of ${GAMES} seeded games of every shipped scenario`, async () => {
    const [code, quickjs] = await Promise.all([bundle(), getQuickJS()]);
    for (const scenario of shipped) {
      const vm = quickjs.newContext();
      try {
        const call = `${code}\n;JSON.stringify(games.gameHashes(${JSON.stringify(scenario)}, 'quickjs', ${GAMES}))`;
        const result = vm.evalCode(call, 'games.js');
        if (result.error) {
          const error = vm.dump(result.error);
          result.error.dispose();
          throw new Error(`QuickJS: ${JSON.stringify(error)}`);
        }
        const inQuickJs = JSON.parse(vm.getString(result.value)) as string[][];
        result.value.dispose();
        const inNode = gameHashes(scenario, 'quickjs', GAMES);
        expect(inQuickJs.length).toBe(GAMES);
        expect(inQuickJs[0]!.length).toBe(scenario.calendar.turns + 1);
        expect(inQuickJs, scenario.id).toEqual(inNode);
      } finally {
        vm.dispose();
      }
    }
  });
});
