/**
 * "Your most consequential decisions": every decision of a run (a lever moved, a question
 * answered, development money shared differently) is undone on its own and the rest of the game
 * re-simulated from that turn; the difference in the end-of-game criteria is what the decision
 * did. The engine is deterministic, so the run itself is the baseline and no noise enters.
 *
 * What "undone" means:
 * - a lever moved at turn k from a to b stays at a from turn k until the player next moved it;
 * - a question answered with option x is answered with each other option instead;
 * - a new sharing of development money keeps the previous sharing until the next change.
 * Every other decision stays as played. Where the changed game raises a question the player was
 * never asked, it is answered as the player answered that event elsewhere, else with the first
 * option (see ./answers.ts). A change that would overspend the budget in some turn cannot be
 * played; it is reported as such and left out of the ranking.
 *
 * Through what: for the decisions shown, both games are played again from the decision's turn
 * with their explanation records, and the mechanisms whose recorded changes differ most between
 * the two (on what the criteria read: trust, security, coca, incidents, income, the clan) are
 * the decision's channels, one or two of them.
 */
import { assess, deltasOf, step, toDisplay, type Decisions, type GameState, type TurnReport } from '../engine/index.ts';
import type { Measure, Scenario } from '../scenario/schema.ts';
import type { LeverId } from '../scenario/vocabulary.ts';
import { answerPending, usualAnswers } from './answers.ts';
import { weight } from './why.ts';

/** What a consequence analysis needs of a run: its states (the opening one first), reports and decisions. */
export interface RunRecord {
  readonly states: readonly GameState[];
  readonly reports: readonly TurnReport[];
  readonly decisions: readonly Decisions[];
}

export type DecisionChange =
  | { readonly kind: 'lever'; readonly turn: number; readonly lever: LeverId; readonly from: number; readonly to: number; readonly until: number }
  | { readonly kind: 'choice'; readonly turn: number; readonly key: string; readonly eventId: string; readonly community: string | null; readonly taken: string; readonly alternative: string }
  | { readonly kind: 'allocation'; readonly turn: number; readonly until: number };

export interface CriterionEffect {
  readonly id: string;
  readonly label: string;
  readonly measure: Measure;
  readonly better: 'higher' | 'lower';
  /** The criterion's value in the run as played. */
  readonly played: number;
  /** Its value had the decision not been taken. */
  readonly reverted: number;
  /** played − reverted, in the criterion's own units: what the decision did. */
  readonly effect: number;
  /** The effect in widths of the criterion's fair band (good − poor), positive when the decision helped. */
  readonly gain: number;
}

export type Consequence =
  | {
      readonly ok: true;
      readonly decision: DecisionChange;
      readonly effects: readonly CriterionEffect[];
      readonly weight: number;
      /** The mechanisms (ids, or `event:<id>`) through which the decision acted, biggest first; set for the decisions shown. */
      readonly channels?: readonly string[];
    }
  | { readonly ok: false; readonly decision: DecisionChange; readonly turn: number; readonly reason: string };

const sameAllocation = (a: Decisions['allocation'], b: Decisions['allocation']): boolean => {
  const canon = (x: Decisions['allocation']) => (x ? JSON.stringify(Object.entries(x).sort(([p], [q]) => p.localeCompare(q))) : '');
  return canon(a) === canon(b);
};

/** The decisions of a run that can be undone one at a time, in the order they were taken. */
export function listDecisions(scenario: Scenario, run: RunRecord): DecisionChange[] {
  const changes: DecisionChange[] = [];
  const turns = run.reports.length;
  const leverAt = (i: number, lever: LeverId) => (i === 0 ? run.states[0]!.lastLevers[lever] : run.reports[i - 1]!.levers[lever]);
  for (let turn = 1; turn <= turns; turn++) {
    for (const lever of scenario.levers) {
      const from = leverAt(turn - 1, lever.id);
      const to = leverAt(turn, lever.id);
      if (from === to) continue;
      let until = turn;
      while (until < turns && leverAt(until + 1, lever.id) === to) until++;
      changes.push({ kind: 'lever', turn, lever: lever.id, from, to, until });
    }
    const before = turn === 1 ? undefined : run.decisions[turn - 2]!.allocation;
    if (!sameAllocation(before, run.decisions[turn - 1]!.allocation)) {
      let until = turn;
      while (until < turns && sameAllocation(run.decisions[until]!.allocation, run.decisions[turn - 1]!.allocation)) until++;
      changes.push({ kind: 'allocation', turn, until });
    }
    for (const answered of run.reports[turn - 1]!.choices) {
      const options = scenario.events.find((e) => e.id === answered.eventId)?.choice?.options ?? [];
      for (const option of options) {
        if (option.id === answered.optionId) continue;
        changes.push({ kind: 'choice', turn, key: answered.key, eventId: answered.eventId, community: answered.community, taken: answered.optionId, alternative: option.id });
      }
    }
  }
  return changes;
}

/** Turn i's decisions (1-based) in the run with one decision undone; choices are settled at play time. */
function changedDecisions(run: RunRecord, change: DecisionChange, turn: number): Decisions {
  const played = run.decisions[turn - 1]!;
  const levers: Record<string, number> = { ...run.reports[turn - 1]!.levers };
  let allocation = played.allocation;
  if (change.kind === 'lever' && turn >= change.turn && turn <= change.until) levers[change.lever] = change.from;
  if (change.kind === 'allocation' && turn >= change.turn && turn <= change.until) allocation = change.turn === 1 ? undefined : run.decisions[change.turn - 2]!.allocation;
  const choices = change.kind === 'choice' && turn === change.turn ? { ...played.choices, [change.key]: change.alternative } : (played.choices ?? {});
  return allocation ? { levers, allocation, choices } : { levers, choices };
}

/** The criteria of the run as played, to compare every changed game with. */
export function playedOutcomes(scenario: Scenario, run: RunRecord): ReturnType<typeof assess> {
  return assess(scenario, run.states[run.states.length - 1]!);
}

/**
 * Plays the run again from the changed decision's turn, with that one decision undone (or, with
 * `undone` false, as played); with `onReport`, each turn's explained report is handed over.
 */
function replayFrom(scenario: Scenario, run: RunRecord, change: DecisionChange, undone: boolean, onReport?: (report: TurnReport) => void): { ok: true; state: GameState } | { ok: false; turn: number; reason: string } {
  const usual = usualAnswers(run.decisions);
  let state = run.states[change.turn - 1]!;
  for (let turn = change.turn; turn <= run.reports.length; turn++) {
    const decided = undone ? changedDecisions(run, change, turn) : run.decisions[turn - 1]!;
    const choices = answerPending(scenario, state.pendingChoices, usual, decided.choices ?? {});
    const result = step(scenario, state, { ...decided, choices }, { explain: onReport !== undefined });
    if (!result.ok) return { ok: false, turn, reason: result.error.message };
    onReport?.(result.report);
    state = result.state;
  }
  return { ok: true, state };
}

/** Re-simulates the run from the changed decision's turn with that one decision undone. */
export function consequenceOf(scenario: Scenario, run: RunRecord, change: DecisionChange, played = playedOutcomes(scenario, run)): Consequence {
  const replayed = replayFrom(scenario, run, change, true);
  if (!replayed.ok) return { ok: false, decision: change, turn: replayed.turn, reason: replayed.reason };
  const reverted = assess(scenario, replayed.state);
  const effects = played.map((p, i) => {
    const criterion = scenario.assessment[i]!;
    const effect = p.value - reverted[i]!.value;
    const band = Math.abs(criterion.good - criterion.poor) || 1;
    return { id: p.id, label: p.label, measure: p.measure, better: p.better, played: p.value, reverted: reverted[i]!.value, effect, gain: ((p.better === 'higher' ? 1 : -1) * effect) / band };
  });
  return { ok: true, decision: change, effects, weight: effects.reduce((sum, e) => sum + Math.abs(e.gain), 0) };
}

/** What the criteria read; money spent and hectares eradicated are the levers themselves, not a channel. */
const OUTCOME_METRICS: ReadonlySet<string> = new Set(['trust', 'security', 'cocaHectares', 'licitHectares', 'householdIncome', 'abuses', 'civilianHarm', 'reprisals', 'insurgentInfluence', 'clanStrength']);
/** Channels named for a decision: the biggest, and a second when it carries at least this share of the biggest. */
const SECOND_CHANNEL = 1 / 3;

/**
 * The one or two mechanisms through which an undone decision changed the game: each
 * mechanism's recorded changes, summed per metric from the decision's turn to the end, in the game
 * as played and in the game without the decision; the mechanisms whose sums differ most (each
 * metric weighed as in the ledger: 50 ha or an incident against index points) are its channels.
 */
export function channelsOf(scenario: Scenario, run: RunRecord, change: DecisionChange): string[] {
  const totals = (undone: boolean) => {
    const sums = new Map<string, number>();
    const replayed = replayFrom(scenario, run, change, undone, (report) => {
      for (const d of deltasOf(report.record)) {
        if (!OUTCOME_METRICS.has(d.metric)) continue;
        const key = `${d.mechanism}|${d.metric}`;
        sums.set(key, (sums.get(key) ?? 0) + toDisplay(d.metric, d.amount));
      }
    });
    return replayed.ok ? sums : null;
  };
  const played = totals(false);
  const undone = totals(true);
  if (!played || !undone) return [];
  const byMechanism = new Map<string, number>();
  for (const key of new Set([...played.keys(), ...undone.keys()])) {
    const [mechanism, metric] = key.split('|') as [string, Parameters<typeof weight>[0]['metric']];
    const difference = weight({ metric, amount: (played.get(key) ?? 0) - (undone.get(key) ?? 0) });
    byMechanism.set(mechanism, (byMechanism.get(mechanism) ?? 0) + difference);
  }
  const ranked = [...byMechanism].filter(([, size]) => size > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked.slice(0, 2).filter(([, size], i) => i === 0 || size >= SECOND_CHANNEL * ranked[0]![1]).map(([mechanism]) => mechanism);
}

export interface ConsequenceAnalysis {
  /** Decisions that could be undone, the most consequential first. */
  readonly ranked: readonly Extract<Consequence, { ok: true }>[];
  /** Decisions whose undoing the engine refused (for example, it would overspend the budget). */
  readonly refused: readonly Extract<Consequence, { ok: false }>[];
}

/**
 * Every decision undone in turn, ranked by the summed size of its effects on the criteria, each
 * measured in widths of that criterion's fair band so that hectares and trust points weigh alike.
 */
/** How many decisions the screens show (end screen, debrief), each told with the mechanisms it acted through. */
export const SHOWN_DECISIONS = 5;

export function analyzeConsequences(scenario: Scenario, run: RunRecord, options: { channelsFor?: number } = {}): ConsequenceAnalysis {
  const played = playedOutcomes(scenario, run);
  const all = listDecisions(scenario, run).map((change) => consequenceOf(scenario, run, change, played));
  const ranked = all.filter((c): c is Extract<Consequence, { ok: true }> => c.ok).sort((a, b) => b.weight - a.weight || a.decision.turn - b.decision.turn);
  // Channels only for the decisions a screen shows: two explained replays each.
  const shown = options.channelsFor ?? 0;
  return {
    ranked: ranked.map((c, i) => (i < shown ? { ...c, channels: channelsOf(scenario, run, c.decision) } : c)),
    refused: all.filter((c): c is Extract<Consequence, { ok: false }> => !c.ok),
  };
}
