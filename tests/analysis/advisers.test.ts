import { describe, expect, it } from 'vitest';
import { FRESH_TURNS, adviceOverGame, followed, scoreAdvisers, verdict, verdictOf, type Advice } from '../../src/analysis/advisers.ts';
import { createGame, summarizeRegion, type GameState } from '../../src/engine/index.ts';
import { produceState } from '../../src/engine/immutable.ts';
import { playPolicy } from '../../src/policy/run.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { localizeScenario } from '../../src/scenario/translations.ts';
import type { AdviserLine } from '../../src/scenario/voicesSchema.ts';
import { loadPolicy, loadScenario, makePolicy, vraem } from '../engine/helpers.ts';

const line = (id: string, when: string[], direction: 'raise' | 'lower' | 'hold' = 'raise'): AdviserLine => ({
  id,
  when,
  text: id,
  advice: { lever: 'militaryOperations', direction },
  predicts: { measure: 'clanStrength', change: 'fall', within: 2 },
});
const withLines = (lines: AdviserLine[]): Scenario => ({ ...vraem, advisers: [{ id: 'test', name: 'Test', role: 'test', lines }] });
const said = (scenario: Scenario, states: readonly GameState[]) => adviceOverGame(scenario, states).map((turn) => turn[0]?.line.id ?? null);
const start = createGame(vraem, 'advisers');
const repeat = (n: number) => Array.from({ length: n }, () => start);

describe('what each adviser says', () => {
  it('says the most specific line whose situations hold', () => {
    const scenario = withLines([line('any', []), line('opening', ['start'])]);
    expect(said(scenario, [start])).toEqual(['opening']);
    // After the start "opening" no longer holds; "any" is what is left.
    const next = produceState(start, (draft) => {
      draft.turn = 1;
    });
    expect(said(scenario, [start, next])).toEqual(['opening', 'any']);
  });

  it('answers what just happened: a new abuse incident is read from the states', () => {
    const scenario = withLines([line('any', []), line('abuse', ['abuse'])]);
    const after = produceState(start, (draft) => {
      draft.turn = 1;
      draft.communities[0]!.abuses += 1;
    });
    expect(said(scenario, [start, after])).toEqual(['any', 'abuse']);
  });

  it('does not repeat a line within a few quarters while another one fits', () => {
    const scenario = withLines([line('a', []), line('b', []), line('c', [])]);
    const lines = said(scenario, repeat(9));
    expect(lines).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c']);
    // A more specific line said lately gives way to a fresh one, then comes back when none is fresh.
    expect(said(withLines([line('any', []), line('specific', ['start'])]), repeat(4))).toEqual(['specific', 'any', 'specific', 'specific']);
    // With one line only, the adviser repeats it rather than fall silent.
    expect(said(withLines([line('only', [])]), repeat(3))).toEqual(['only', 'only', 'only']);
    expect(FRESH_TURNS).toBeGreaterThanOrEqual(3);
  });

  it('never asks for what cannot be done: no "raise" at a lever’s maximum', () => {
    const atMax = produceState(start, (draft) => {
      draft.lastLevers = { ...draft.lastLevers, militaryOperations: 100 };
    });
    const scenario = withLines([line('raise', [], 'raise'), line('hold', [], 'hold')]);
    expect(said(scenario, [atMax, atMax])).toEqual(['hold', 'hold']);
    expect(said(withLines([line('raise', [], 'raise')]), [atMax])).toEqual([null]);
  });

  it('says at least six different things over each played 20-turn game of the VRAEM scenario, whatever the plan', () => {
    for (const name of ['status-quo', 'historical', 'eradication-only', 'development-only', 'paired', 'committees-with-oversight', 'committees-without-oversight']) {
      const game = playPolicy(vraem, loadPolicy(name), 'varied', { explain: false });
      expect(game.states.length).toBe(21);
      const advice = adviceOverGame(vraem, game.states.slice(0, 20));
      for (const adviser of vraem.advisers) {
        const distinct = new Set(advice.flatMap((turn) => turn.filter((a) => a.adviser === adviser.id).map((a) => a.line.id)));
        expect(distinct.size, `${adviser.name} under ${name}`).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it('gives each adviser predictions of their own: no two advisers of a shipped scenario say the same one, in English or Spanish', () => {
    // Two advisers speak in the same quarter; the same sentence from both reads as one voice.
    const prediction = (text: string) => /(If you|Si ) [^.]*\./.exec(text)?.[0] ?? text;
    for (const file of ['vraem-2012', 'classroom-short', 'upper-huallaga-2005']) {
      for (const locale of ['en', 'es']) {
        const scenario = localizeScenario(loadScenario(`scenarios/${file}.json`), locale);
        const speakers = new Map<string, Set<string>>();
        for (const adviser of scenario.advisers) for (const l of adviser.lines) speakers.set(prediction(l.text), (speakers.get(prediction(l.text)) ?? new Set()).add(adviser.id));
        const shared = [...speakers].filter(([, who]) => who.size > 1).map(([sentence, who]) => `${[...who].join(' and ')}: ${sentence}`);
        expect(shared, `${file} (${locale})`).toEqual([]);
      }
    }
  });

  it('speaks in every shipped scenario, every quarter', () => {
    for (const file of ['vraem-2012', 'classroom-short', 'upper-huallaga-2005']) {
      const scenario = loadScenario(`scenarios/${file}.json`);
      const game = playPolicy(scenario, makePolicy({ eradicationPace: 20, developmentFunding: 20, committeeSupport: 20, committeeOversight: 20, militaryOperations: 20 }), 'speaks', { explain: false });
      for (const turn of adviceOverGame(scenario, game.states)) expect(turn.map((a) => a.adviser)).toEqual(scenario.advisers.map((a) => a.id));
    }
  });
});

describe('whose predictions held', () => {
  const commander = (states: readonly GameState[]) => adviceOverGame(vraem, states).map((turn) => turn.find((a) => a.adviser === 'commander')!);

  it('judges following by the levers the player set', () => {
    const advice: Advice = { adviser: 'x', line: line('l', [], 'raise') };
    const now = start.lastLevers.militaryOperations;
    expect(followed(advice, start, { levers: { militaryOperations: now + 5 } })).toBe(true);
    expect(followed(advice, start, { levers: { militaryOperations: now } })).toBe(false);
    expect(followed({ adviser: 'x', line: line('h', [], 'hold') }, start, {})).toBe(true);
  });

  it('judges a prediction at the quarter it names, and leaves it open past the end of the game', () => {
    const game = playPolicy(vraem, loadPolicy('status-quo'), 'judge', { explain: false });
    const summaries = game.states.map((s) => summarizeRegion(vraem, s));
    const falls = line('f', []);
    for (let turn = 0; turn + 2 < summaries.length; turn++) {
      const change = summaries[turn + 2]!.clanStrength - summaries[turn]!.clanStrength;
      expect(verdict(falls, summaries, turn)).toBe(change < 0 ? 'held' : 'failed');
    }
    expect(verdict(falls, summaries, summaries.length - 2)).toBe('open');
  });

  it('counts only followed advice, and its counts add up to what the end screen says', () => {
    // Operations raised every quarter: the commander is followed whenever he asks for more.
    const turns = 12;
    const policy = makePolicy(
      { eradicationPace: 10, developmentFunding: 60, committeeSupport: 10, committeeOversight: 10, militaryOperations: 0 },
      Array.from({ length: turns }, (_, i) => ({ from: i + 1, to: i + 1, levers: { militaryOperations: 40 + 4 * (i + 1) } })),
    );
    const game = playPolicy(vraem, policy, 'score', { turns });
    const heeded = game.decisions.map((_, i) => (i % 2 === 0 ? 'commander' : null));
    const records = scoreAdvisers(vraem, game.states, game.decisions, heeded);
    expect(records.map((r) => r.adviser)).toEqual(vraem.advisers.map((a) => a.id));
    const record = records.find((r) => r.adviser === 'commander')!;
    expect(record.heeded).toBe(turns / 2);
    const asked = commander(game.states.slice(0, turns));
    // Followed: a call to raise operations, or to hold any other lever (they never moved).
    const expected = asked.filter(({ line: { advice } }) => (advice.lever === 'militaryOperations' ? advice.direction === 'raise' : advice.direction === 'hold')).length;
    expect(record.judged.length).toBe(expected);
    expect(record.judged.length).toBeGreaterThan(0);
    for (const r of records) {
      expect(r.held + r.failed + r.open).toBe(r.judged.length);
      expect(r.judged.every((j) => j.turn >= 1 && j.turn <= turns)).toBe(true);
    }
    // Eradication never moved: the grower's and the Asháninka leader's calls to lower it were never followed.
    const grower = records.find((r) => r.adviser === 'grower')!;
    expect(grower.judged.every((j) => j.advice.line.advice.lever !== 'eradicationPace' || j.advice.line.advice.direction === 'hold')).toBe(true);
  });

  it('draws one verdict from the counts, so it never contradicts them', () => {
    expect(verdictOf({ held: 0, failed: 0 })).toBe('untested');
    expect(verdictOf({ held: 3, failed: 1 })).toBe('mostlyHeld');
    expect(verdictOf({ held: 0, failed: 2 })).toBe('mostlyFailed');
    expect(verdictOf({ held: 2, failed: 2 })).toBe('even');
  });
});
