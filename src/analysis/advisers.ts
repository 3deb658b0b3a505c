/**
 * Advisers who react: before each turn every adviser of the scenario says one of their lines,
 * chosen from what just happened and what the player just did (./situations.ts). Each line asks
 * for one lever move and makes one checkable prediction ("if you …, … within two quarters");
 * after the game, `scoreAdvisers` judges every prediction the player put to the test by
 * following the advice. Who the advisers are and what they say is scenario data, with the
 * evidence behind it; this module only chooses and judges. Pure: reads states and decisions.
 *
 * How a line is chosen (an assumption about how people talk, not a finding): the lines whose
 * situations all hold and whose advice can be followed (no "raise" at a lever's maximum); of
 * those, any not said in the last few quarters if there is one; then the most specific (most
 * situations), then the one said longest ago, then the first in the file.
 */
import { summarizeRegion, type Decisions, type GameState, type RegionSummary } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { AdviserLine } from '../scenario/voicesSchema.ts';
import { situations } from './situations.ts';

/** Quarters during which an adviser does not repeat a line while another one fits. */
export const FRESH_TURNS = 5;

export interface Advice {
  readonly adviser: string;
  readonly line: AdviserLine;
}

function possible(scenario: Scenario, state: GameState, line: AdviserLine): boolean {
  const lever = scenario.levers.find((l) => l.id === line.advice.lever);
  if (!lever) return false;
  const value = state.lastLevers[lever.id];
  if (line.advice.direction === 'raise') return value < lever.max;
  if (line.advice.direction === 'lower') return value > lever.min;
  return true;
}

/**
 * What each adviser said before each turn: `result[i]` is the advice given on `states[i]` (the
 * start, then the state after each turn). What was said earlier shapes what is said next, so the
 * whole game is read in order.
 */
export function adviceOverGame(scenario: Scenario, states: readonly GameState[]): Advice[][] {
  const lastSaid = new Map<string, number>();
  const summaries = states.map((s) => summarizeRegion(scenario, s));
  return states.map((state, turn) => {
    const before = Math.max(0, turn - 1);
    const holding = situations(scenario, states[before]!, state, { now: summaries[turn]!, before: summaries[before]! });
    return scenario.advisers.flatMap((adviser) => {
      const key = (line: AdviserLine) => `${adviser.id}/${line.id}`;
      const fits = adviser.lines.filter((line) => line.when.every((w) => holding.has(w)) && possible(scenario, state, line));
      const fresh = fits.filter((line) => (lastSaid.get(key(line)) ?? -Infinity) < turn - FRESH_TURNS);
      const pool = fresh.length > 0 ? fresh : fits;
      let best: AdviserLine | undefined;
      for (const line of pool) {
        if (!best) best = line;
        else if (line.when.length !== best.when.length) best = line.when.length > best.when.length ? line : best;
        else if ((lastSaid.get(key(line)) ?? -Infinity) < (lastSaid.get(key(best)) ?? -Infinity)) best = line;
      }
      if (!best) return [];
      lastSaid.set(key(best), turn);
      return [{ adviser: adviser.id, line: best }];
    });
  });
}

/** Whether a turn's decisions moved the advised lever the advised way (left where it was, for "hold"). */
export function followed(advice: Advice, state: GameState, decisions: Decisions): boolean {
  const { lever, direction } = advice.line.advice;
  const before = state.lastLevers[lever];
  const after = decisions.levers?.[lever] ?? before;
  if (direction === 'hold') return after === before;
  return Math.sign(after - before) === (direction === 'raise' ? 1 : -1);
}

export type Verdict = 'held' | 'failed' | 'open';

export interface Judged {
  /** The turn the advice was for, 1-based. */
  readonly turn: number;
  readonly advice: Advice;
  readonly verdict: Verdict;
}

export interface AdviserRecord {
  readonly adviser: string;
  /** Turns the player said they heeded this adviser. */
  readonly heeded: number;
  /** Every prediction the player put to the test by following the advice, in turn order. */
  readonly judged: readonly Judged[];
  readonly held: number;
  readonly failed: number;
  /** Followed too late in the game for the prediction to be judged. */
  readonly open: number;
}

function figure(summary: RegionSummary, measure: AdviserLine['predicts']['measure']): number {
  return summary[measure];
}

/** Whether a prediction made on `states[turn]` held: the figure moved the predicted way by `within` quarters later. */
export function verdict(line: AdviserLine, summaries: readonly RegionSummary[], turn: number): Verdict {
  const later = turn + line.predicts.within;
  if (later >= summaries.length) return 'open';
  const change = figure(summaries[later]!, line.predicts.measure) - figure(summaries[turn]!, line.predicts.measure);
  return (line.predicts.change === 'rise' ? change > 0 : change < 0) ? 'held' : 'failed';
}

/**
 * Whose predictions held. `states` holds the start and the state after each turn;
 * `decisions[i]` and `heeded[i]` belong to the turn played from `states[i]`.
 */
export function scoreAdvisers(scenario: Scenario, states: readonly GameState[], decisions: readonly Decisions[], heeded: readonly (string | null)[]): AdviserRecord[] {
  const summaries = states.map((s) => summarizeRegion(scenario, s));
  const said = adviceOverGame(scenario, states);
  return scenario.advisers.map((adviser) => {
    const judged: Judged[] = [];
    for (let turn = 0; turn < decisions.length && turn < said.length; turn++) {
      const advice = said[turn]!.find((a) => a.adviser === adviser.id);
      if (!advice || !followed(advice, states[turn]!, decisions[turn]!)) continue;
      judged.push({ turn: turn + 1, advice, verdict: verdict(advice.line, summaries, turn) });
    }
    const count = (v: Verdict) => judged.filter((j) => j.verdict === v).length;
    return { adviser: adviser.id, heeded: heeded.filter((h) => h === adviser.id).length, judged, held: count('held'), failed: count('failed'), open: count('open') };
  });
}

/**
 * The one verdict a record supports, from its own counts: more held than failed, the reverse, as
 * many, or nothing put to the test. The end screen says this and nothing that could contradict it.
 */
export function verdictOf(record: Pick<AdviserRecord, 'held' | 'failed'>): 'mostlyHeld' | 'mostlyFailed' | 'even' | 'untested' {
  if (record.held + record.failed === 0) return 'untested';
  return record.held > record.failed ? 'mostlyHeld' : record.held < record.failed ? 'mostlyFailed' : 'even';
}
