/**
 * Tables a debrief needs from loaded replays: one row per run with its outcomes (re-simulated,
 * never taken from the file), and the turns of one run.
 */
import { assess, canonicalJson, summarizeRegion } from '../engine/index.ts';
import { csvLine } from './csv.ts';
import type { Replay } from './schema.ts';
import type { LoadedReplay } from './verify.ts';

type Loaded = Extract<LoadedReplay, { ok: true }>;

export interface ClassRow {
  readonly file: string;
  readonly player: string;
  readonly seed: string;
  readonly turns: number;
  readonly verified: boolean;
  /** Every turn of the scenario played (re-simulated, not the file's say-so). */
  readonly finished: boolean;
  /** Criterion id → value at the last turn played. */
  readonly outcomes: Record<string, number>;
}

export function classRow(file: string, loaded: Loaded): ClassRow {
  const last = loaded.game.states[loaded.game.states.length - 1]!;
  return {
    file,
    player: loaded.replay.player ?? '',
    seed: loaded.replay.seed,
    turns: last.turn,
    verified: loaded.divergence === null,
    finished: loaded.divergence === null && last.finished,
    outcomes: Object.fromEntries(assess(loaded.scenario, last).map((c) => [c.id, Math.round(c.value * 10) / 10])),
  };
}

export interface TurnRow {
  readonly turn: number;
  readonly levers: Record<string, number>;
  readonly meanTrust: number;
  readonly meanSecurity: number;
  readonly cocaHectares: number;
  readonly meanInsurgentInfluence: number;
  readonly events: string;
}

export function turnRows(loaded: Loaded): TurnRow[] {
  return loaded.game.reports.map((report, i) => {
    const region = summarizeRegion(loaded.scenario, loaded.game.states[i + 1]!);
    return {
      turn: report.turn,
      levers: { ...report.levers },
      meanTrust: Math.round(region.meanTrust * 10) / 10,
      meanSecurity: Math.round(region.meanSecurity * 10) / 10,
      cocaHectares: region.cocaHectares,
      meanInsurgentInfluence: Math.round(region.meanInsurgentInfluence * 10) / 10,
      events: report.events.map((e) => e.title).join('; '),
    };
  });
}

/** The class table as CSV: one row per run, one column per criterion. */
export function classTableCsv(rows: readonly ClassRow[], criteria: readonly string[]): string {
  const lines = [csvLine(['file', 'player', 'seed', 'turns', 'verified', 'finished', ...criteria])];
  for (const r of rows) lines.push(csvLine([r.file, r.player, r.seed, r.turns, r.verified ? 'yes' : 'no', r.finished ? 'yes' : 'no', ...criteria.map((id) => r.outcomes[id] ?? '')]));
  return `${lines.join('\n')}\n`;
}

/**
 * Two files with the same identity are the same game: same scenario, seed, opening state, and
 * every turn's decisions and recorded state hash. A copy with one decision altered keeps the
 * original's hashes but not its decisions, so it stays a file of its own (and fails to verify).
 */
export function replayIdentity(replay: Replay): string {
  return canonicalJson([replay.seed, replay.scenario.hash, replay.initialHash, replay.turns.map((turn) => [turn.decisions, turn.stateHash])]);
}
