import { describe, expect, it } from 'vitest';
import { busyRun } from '../../src/analysis/busyRun.ts';
import { analyzeConsequences, channelsOf, consequenceOf, listDecisions } from '../../src/analysis/consequences.ts';
import { assess, availableBudget, createGame, step, type Decisions } from '../../src/engine/index.ts';
import { playPolicy } from '../../src/policy/run.ts';
import { Session } from '../../src/game/session.ts';
import { makePolicy, vraem } from '../engine/helpers.ts';

const STATUS_QUO = { eradicationPace: 10, developmentFunding: 60, committeeSupport: 10, committeeOversight: 10, militaryOperations: 40 };

/** Plays explicit decisions from the start, answering questions as the given map says (else first option). */
function play(decisions: readonly Decisions[], seed: string, answers: Record<string, string> = {}) {
  let state = createGame(vraem, seed);
  for (const decided of decisions) {
    const choices = Object.fromEntries(state.pendingChoices.map((p) => [p.key, answers[`${state.turn + 1}:${p.key}`] ?? vraem.events.find((e) => e.id === p.eventId)!.choice!.options[0]!.id]));
    const result = step(vraem, state, { ...decided, choices }, { explain: false });
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
  }
  return assess(vraem, state);
}

describe('listDecisions', () => {
  it('finds each lever move with the turns its value held, and nothing when nothing moved', () => {
    const policy = makePolicy(STATUS_QUO, [
      { from: 3, to: 6, levers: { eradicationPace: 50 } },
      { from: 5, to: 20, levers: { developmentFunding: 120 } },
    ]);
    const run = playPolicy(vraem, policy, 'list', { explain: false });
    const levers = listDecisions(vraem, run).filter((c) => c.kind === 'lever');
    expect(levers).toEqual([
      { kind: 'lever', turn: 3, lever: 'eradicationPace', from: 10, to: 50, until: 6 },
      { kind: 'lever', turn: 5, lever: 'developmentFunding', from: 60, to: 120, until: 20 },
      { kind: 'lever', turn: 7, lever: 'eradicationPace', from: 50, to: 10, until: 20 },
    ]);
    const still = playPolicy(vraem, makePolicy(STATUS_QUO), 'list', { explain: false });
    expect(listDecisions(vraem, still).filter((c) => c.kind !== 'choice')).toEqual([]);
  });

  it('offers every other option of each question answered', () => {
    const run = playPolicy(vraem, makePolicy(STATUS_QUO), 'questions', { explain: false });
    const answered = run.reports.flatMap((r) => r.choices.map((c) => ({ turn: r.turn, ...c })));
    expect(answered.length).toBeGreaterThan(0);
    const alternatives = listDecisions(vraem, run).filter((c) => c.kind === 'choice');
    const expected = answered.reduce((n, a) => n + vraem.events.find((e) => e.id === a.eventId)!.choice!.options.length - 1, 0);
    expect(alternatives).toHaveLength(expected);
    for (const alt of alternatives) if (alt.kind === 'choice') expect(alt.alternative).not.toBe(alt.taken);
  });
});

describe('consequenceOf', () => {
  it('equals the game played from the start without that lever move', () => {
    const turns = vraem.calendar.turns;
    const played: Decisions[] = Array.from({ length: turns }, (_, i) => ({ levers: { ...STATUS_QUO, eradicationPace: i >= 2 && i < 8 ? 80 : 10 } }));
    const session = Session.start(vraem, 'undo');
    for (const d of played) {
      const choices = Object.fromEntries(session.state.pendingChoices.map((p) => [p.key, vraem.events.find((e) => e.id === p.eventId)!.choice!.options[0]!.id]));
      expect(session.play({ ...d, choices }).ok).toBe(true);
    }
    const run = session.played();
    const change = listDecisions(vraem, run).find((c) => c.kind === 'lever' && c.turn === 3)!;
    const result = consequenceOf(vraem, run, change);
    if (!result.ok) throw new Error(result.reason);
    const without = play(played.map((d) => ({ levers: { ...d.levers, eradicationPace: 10 } })), 'undo');
    const withIt = play(played, 'undo');
    for (const [i, e] of result.effects.entries()) {
      expect(e.reverted).toBe(without[i]!.value);
      expect(e.played).toBe(withIt[i]!.value);
      expect(e.effect).toBe(withIt[i]!.value - without[i]!.value);
    }
    // Six turns of forced eradication leave less coca at the end than none.
    expect(result.effects.find((e) => e.id === 'coca')!.effect).toBeLessThan(0);
  });

  it('equals the game played with the other answer to a question', () => {
    const run = playPolicy(vraem, makePolicy(STATUS_QUO), 'answer', { explain: false });
    const change = listDecisions(vraem, run).find((c) => c.kind === 'choice')!;
    if (change.kind !== 'choice') throw new Error('no question in this game');
    const result = consequenceOf(vraem, run, change);
    if (!result.ok) throw new Error(result.reason);
    const other = play(run.decisions.map((d) => ({ levers: d.levers! })), 'answer', { [`${change.turn}:${change.key}`]: change.alternative });
    expect(result.effects.map((e) => e.reverted)).toEqual(other.map((c) => c.value));
  });

  it('refuses an undoing that would overspend, naming the turn', () => {
    const state = createGame(vraem, 'tight');
    const budget = availableBudget(vraem, state);
    // Turn 1 spends the whole budget once the army is stood down; keeping the army costs 40 more.
    const eradicationPace = Math.min(100, Math.floor((budget - 200) / 1.2));
    expect(budget - 200 - eradicationPace * 1.2).toBeLessThan(40);
    const tight = { eradicationPace, developmentFunding: 200, committeeSupport: 0, committeeOversight: 0, militaryOperations: 0 };
    const run = playPolicy(vraem, makePolicy(tight), 'tight', { explain: false, turns: 2 });
    const change = listDecisions(vraem, run).find((c) => c.kind === 'lever' && c.lever === 'militaryOperations')!;
    const result = consequenceOf(vraem, run, change);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.turn).toBe(1);
      expect(result.reason).toMatch(/exceeds the budget/);
    }
  });
});

describe('busyRun', () => {
  it('moves every lever every turn within the budget, so the analysis meets its heaviest case', () => {
    const run = busyRun(vraem, 'busy');
    expect(run.reports).toHaveLength(vraem.calendar.turns);
    const levers = listDecisions(vraem, run).filter((c) => c.kind === 'lever');
    expect(levers).toHaveLength(vraem.calendar.turns * vraem.levers.length);
  });
});

describe('analyzeConsequences', () => {
  it('ranks by summed effect in fair-band widths, and every decision is either ranked or refused', () => {
    const policy = makePolicy(STATUS_QUO, [
      { from: 2, to: 20, levers: { eradicationPace: 90 } },
      { from: 4, to: 20, levers: { committeeOversight: 20 } },
    ]);
    const run = playPolicy(vraem, policy, 'rank', { explain: false });
    const analysis = analyzeConsequences(vraem, run);
    expect(analysis.ranked.length + analysis.refused.length).toBe(listDecisions(vraem, run).length);
    const weights = analysis.ranked.map((c) => c.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const first = analysis.ranked[0]!;
    expect(first.decision).toMatchObject({ kind: 'lever', lever: 'eradicationPace', turn: 2 });
    for (const e of first.effects) {
      const c = vraem.assessment.find((x) => x.id === e.id)!;
      expect(e.gain).toBeCloseTo(((c.better === 'higher' ? 1 : -1) * e.effect) / Math.abs(c.good - c.poor), 10);
    }
  });
});

describe('channelsOf', () => {
  const leverRun = (lever: keyof typeof STATUS_QUO, value: number) =>
    playPolicy(vraem, makePolicy(STATUS_QUO, [{ from: 3, to: 8, levers: { [lever]: value } }]), 'channels', { explain: false });
  const channelsOfMove = (lever: keyof typeof STATUS_QUO, value: number) => {
    const run = leverRun(lever, value);
    const change = listDecisions(vraem, run).find((c) => c.kind === 'lever' && c.lever === lever && c.turn === 3)!;
    return channelsOf(vraem, run, change);
  };

  it('names the mechanism a lever acts through, from the two games\' records', () => {
    // Six quarters of forced eradication act through the eradication shock; arming committees without oversight, through them.
    expect(channelsOfMove('eradicationPace', 80)).toContain('eradication-shock');
    expect(channelsOfMove('committeeSupport', 60).some((m) => m === 'committee-security' || m === 'committee-risk')).toBe(true);
  });

  it('names one or two mechanisms, never one that acted the same in both games', () => {
    for (const [lever, value] of [['eradicationPace', 80], ['militaryOperations', 90], ['developmentFunding', 150]] as const) {
      const channels = channelsOfMove(lever, value);
      expect(channels.length).toBeGreaterThanOrEqual(1);
      expect(channels.length).toBeLessThanOrEqual(2);
    }
  });

  it('is given to the decisions a screen shows, and only to them', () => {
    const run = playPolicy(vraem, makePolicy(STATUS_QUO, [{ from: 3, to: 8, levers: { eradicationPace: 80 } }, { from: 5, to: 20, levers: { developmentFunding: 120 } }]), 'shown', { explain: false });
    const analysis = analyzeConsequences(vraem, run, { channelsFor: 2 });
    expect(analysis.ranked.slice(0, 2).every((c) => c.channels && c.channels.length > 0)).toBe(true);
    expect(analysis.ranked.slice(2).every((c) => c.channels === undefined)).toBe(true);
  });
});
