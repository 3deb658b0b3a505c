import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInSuffices, bundledScenarios, DEFAULT_SCENARIO_ID, loadBundled, shippedScenarios } from '../../src/game/scenarios.ts';
import * as split from '../../src/game/scenarioFilesSplit.ts';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'schema.json').sort((a, b) => a.localeCompare(b));

describe('the bundled scenarios', () => {
  it('in the hosted build, build in the default scenario and fetch the others when asked', async () => {
    expect(Object.keys(split.builtIn)).toEqual([`/scenarios/${DEFAULT_SCENARIO_ID}.json`]);
    expect(Object.keys(split.fetched).sort()).toEqual(files.filter((f) => f !== `${DEFAULT_SCENARIO_ID}.json`).map((f) => `/scenarios/${f}`));
    const fetchedIds = await Promise.all(Object.values(split.fetched).map(async (load) => ((await load()) as { id: string }).id));
    expect(fetchedIds).not.toContain(DEFAULT_SCENARIO_ID);
  });

  it('list every file once loaded, in file order, each parsed once (the one-file build has them all inside)', async () => {
    const before = bundledScenarios();
    const all = await loadBundled();
    expect(all.map((b) => b.file)).toEqual(files.map((f) => `scenarios/${f}`));
    expect(all.every((b) => b.ok)).toBe(true);
    for (const entry of before) expect(all).toContain(entry);
    expect(shippedScenarios()).toHaveLength(files.length);
    expect(await loadBundled()).toBe(all);
  });

  it('let the title screen open on the built-in default unless a saved game may need another', () => {
    expect(builtInSuffices(false, 'en')).toBe(true);
    expect(builtInSuffices(true, 'en')).toBe(false);
  });
});
