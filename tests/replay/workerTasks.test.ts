import { describe, expect, it } from 'vitest';
import { summarizeRegion } from '../../src/engine/index.ts';
import { analyzeConsequences, SHOWN_DECISIONS } from '../../src/analysis/consequences.ts';
import { seedSeries } from '../../src/analysis/outcomeBand.ts';
import { Session } from '../../src/game/session.ts';
import { outcomesOnSeeds, spreadAcrossSeeds, summarizeSpread } from '../../src/replay/analysis.ts';
import { explainTurn } from '../../src/replay/record.ts';
import { loadReplayText } from '../../src/replay/verify.ts';
import { runTask } from '../../src/replay/workerTasks.ts';
import { MAX_JSON_CHARS } from '../../src/scenario/json.ts';
import { forgedEasierReplay, shippedReplay, shippedScenario } from '../hostile/build.ts';

const file = (text: string, name = 'run.json') => new File([text], name, { type: 'application/json' });

describe('the analysis worker\'s tasks', () => {
  it('read and verify dropped files in order, flagging a modified shipped scenario once told the shipped ones', async () => {
    const honest = JSON.stringify(shippedReplay('3'));
    const forged = JSON.stringify(forgedEasierReplay());
    expect((await runTask({ kind: 'load', files: [file(forged)] })).map((r) => r.ok && r.modifiedFrom)).toEqual([null]);
    await runTask({ kind: 'shipped', scenarios: [shippedScenario()] });
    const [a, b, c, d] = await runTask({ kind: 'load', files: [file(honest), file(forged), file('{'), file(' '.repeat(MAX_JSON_CHARS + 1))] });
    expect(a!.ok && a!.divergence === null && a!.modifiedFrom === null).toBe(true);
    expect(b!.ok && b!.modifiedFrom).toBe('vraem-2012');
    expect(c!.ok ? null : c!.error).toMatch(/^not valid JSON/);
    expect(d!.ok ? null : d!.error).toMatch(/^too large/);
  });

  it('summarise a verified run from its re-simulation, naming a shipped scenario by id, and keep its game until released', async () => {
    const scenario = shippedScenario();
    await runTask({ kind: 'shipped', scenarios: [scenario] });
    const text = JSON.stringify(shippedReplay('5'));
    const [summary] = await runTask({ kind: 'load', files: [file(text, 'ana.json')] });
    if (!summary?.ok) throw new Error('not loaded');
    const loaded = loadReplayText(text);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(summary.scenario).toBe(scenario.id);
    expect(summary.row.file).toBe('ana.json');
    expect(summary.regions).toEqual(loaded.game.states.map((s) => summarizeRegion(scenario, s)));
    expect(summary.levers).toEqual(loaded.game.reports.map((r) => r.levers));
    const game = await runTask({ kind: 'game', handle: summary.handle });
    expect(game.states.map((s) => s.turn)).toEqual(loaded.game.states.map((s) => s.turn));
    expect(game.decisions).toEqual(loaded.game.decisions);
    await runTask({ kind: 'release' });
    await expect(runTask({ kind: 'game', handle: summary.handle })).rejects.toThrow(/no run/);
  });

  it('verify without the explanation record, which a shown turn gets back on demand', async () => {
    const [summary] = await runTask({ kind: 'load', files: [file(JSON.stringify(shippedReplay('4')))] });
    if (!summary?.ok) throw new Error('not loaded');
    const game = { scenario: shippedScenario(), seed: summary.seed, ...(await runTask({ kind: 'game', handle: summary.handle })) };
    const recorded = game.reports[4]!;
    expect(recorded.record.cause).toEqual([]);
    const explained = explainTurn(game, 5)!;
    expect(explained.record.cause.length).toBeGreaterThan(0);
    expect({ ...explained, record: { ...explained.record, cause: [], slot: [], amount: [] } }).toEqual(recorded);
    expect(explainTurn(game, 0)).toBeUndefined();
  });

  it('play a run on seeds as the analysis module does, so that parts from several workers make the same spread', async () => {
    const scenario = shippedScenario();
    await runTask({ kind: 'shipped', scenarios: [scenario] });
    const decisions = shippedReplay('3').turns.map((turn) => turn.decisions);
    const seeds = ['a', 'b', 'c', 'd', 'e'];
    const whole = await runTask({ kind: 'outcomes', scenario, decisions, seeds });
    expect(whole).toEqual(Object.fromEntries(outcomesOnSeeds(scenario, decisions, seeds)));
    const [first, second] = [await runTask({ kind: 'outcomes', scenario: scenario.id, decisions, seeds: seeds.slice(0, 2) }), await runTask({ kind: 'outcomes', scenario, decisions, seeds: seeds.slice(2) })];
    const gathered = new Map(Object.keys(whole).map((id) => [id, [...first[id]!, ...second[id]!]]));
    expect(summarizeSpread(gathered)).toEqual(spreadAcrossSeeds(scenario, decisions, seeds));
  });

  it('band a lever setting over seeds, of a shipped scenario named by id or of another sent whole', async () => {
    const scenario = shippedScenario();
    await runTask({ kind: 'shipped', scenarios: [scenario] });
    const played = shippedReplay('3').turns.slice(0, 4).map((turn) => turn.decisions);
    const seeds = ['a', 'b', 'c'];
    const levers = { eradicationPace: 10 };
    const expected = seedSeries(scenario, played, levers, seeds);
    expect(await runTask({ kind: 'bandSeries', scenario: scenario.id, played, levers, seeds })).toEqual(expected);
    // A changed copy (as a loaded file would bring, copied into the worker on every move).
    const changed = structuredClone({ ...scenario, id: 'my-valley' });
    const changedSeries = seedSeries(changed, played, levers, seeds);
    expect(await runTask({ kind: 'bandSeries', scenario: structuredClone(changed), played, levers, seeds })).toEqual(changedSeries);
    expect(await runTask({ kind: 'bandSeries', scenario: structuredClone(changed), played, levers: { eradicationPace: 20 }, seeds })).toEqual(seedSeries(changed, played, { eradicationPace: 20 }, seeds));
    const harder = structuredClone({ ...changed, communities: changed.communities.map((c) => ({ ...c, trust: c.trust / 2 })) });
    expect(await runTask({ kind: 'bandSeries', scenario: harder, played, levers, seeds })).not.toEqual(changedSeries);
  });
});

describe('the analysis worker\'s consequences task', () => {
  it('finds a run\'s most consequential decisions as the end screen\'s own replay of the run does', async () => {
    const loaded = loadReplayText(JSON.stringify(shippedReplay('9')));
    if (!loaded.ok) throw new Error(loaded.error);
    const scenario = shippedScenario();
    const fromWorker = await runTask({ kind: 'consequences', scenario, seed: '9', decisions: [...loaded.game.decisions] });
    const session = Session.replay(scenario, '9', loaded.game.decisions)!;
    expect(fromWorker).toEqual(analyzeConsequences(scenario, session.played(), { channelsFor: SHOWN_DECISIONS }));
    expect(fromWorker.ranked.length).toBeGreaterThan(0);
  });

  it('says so when the engine refuses a recorded decision', async () => {
    const scenario = shippedScenario();
    const over = { levers: Object.fromEntries(scenario.levers.map((l) => [l.id, l.max])) as never };
    await expect(runTask({ kind: 'consequences', scenario, seed: '9', decisions: [over] })).rejects.toThrow('the engine refused the recorded decisions');
  });
});
