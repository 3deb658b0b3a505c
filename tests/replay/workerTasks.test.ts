import { describe, expect, it } from 'vitest';
import { spreadAcrossSeeds } from '../../src/replay/analysis.ts';
import { explainTurn } from '../../src/replay/record.ts';
import { runTask } from '../../src/replay/workerTasks.ts';
import { forgedEasierReplay, shippedReplay, shippedScenario } from '../hostile/build.ts';

describe('the analysis worker\'s tasks', () => {
  it('load and verify files in order, flagging a modified shipped scenario once told the shipped ones', () => {
    const honest = JSON.stringify(shippedReplay('3'));
    const forged = JSON.stringify(forgedEasierReplay());
    expect(runTask({ kind: 'load', texts: [forged] }).map((r) => r.ok && r.modifiedFrom)).toEqual([null]);
    runTask({ kind: 'shipped', scenarios: [shippedScenario()] });
    const [a, b, c] = runTask({ kind: 'load', texts: [honest, forged, '{'] });
    expect(a!.ok && a!.divergence === null && a!.modifiedFrom === null).toBe(true);
    expect(b!.ok && b!.modifiedFrom).toBe('vraem-2012');
    expect(c!.ok ? null : c!.error).toMatch(/^not valid JSON/);
  });

  it('verify without the explanation record, which a shown turn gets back on demand', () => {
    const [loaded] = runTask({ kind: 'load', texts: [JSON.stringify(shippedReplay('4'))] });
    if (!loaded?.ok) throw new Error('not loaded');
    const recorded = loaded.game.reports[4]!;
    expect(recorded.record.cause).toEqual([]);
    const explained = explainTurn(loaded.game, 5)!;
    expect(explained.record.cause.length).toBeGreaterThan(0);
    expect({ ...explained, record: { ...explained.record, cause: [], slot: [], amount: [] } }).toEqual(recorded);
    expect(explainTurn(loaded.game, 0)).toBeUndefined();
  });

  it('spread a run over seeds as the analysis module does', () => {
    const scenario = shippedScenario();
    const decisions = shippedReplay('3').turns.map((turn) => turn.decisions);
    const seeds = ['a', 'b', 'c', 'd', 'e'];
    expect(runTask({ kind: 'spread', scenario, decisions, seeds })).toEqual(spreadAcrossSeeds(scenario, decisions, seeds));
  });
});
