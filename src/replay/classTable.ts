/**
 * Tables a debrief needs from loaded replays: one row per run with its outcomes (re-simulated,
 * never taken from the file), and the turns of one run.
 */
import { assess, summarizeRegion } from '../engine/index.ts';
import { csvDocument } from './csv.ts';
import { contentHash } from './record.ts';
import type { Replay } from './schema.ts';
import type { LoadedReplay } from './verify.ts';

type Loaded = Extract<LoadedReplay, { ok: true }>;

export interface ClassRow {
  readonly file: string;
  readonly player: string;
  /** The scenario played: its id, the content hash its file records, and whether it is a shipped one, unchanged. */
  readonly scenarioId: string;
  readonly scenarioHash: string;
  readonly shippedScenario: boolean;
  readonly seed: string;
  readonly turns: number;
  readonly verified: boolean;
  /** Every turn of the scenario played (re-simulated, not the file's say-so). */
  readonly finished: boolean;
  /** Why the run is not a clean, finished, verified game ('' when it is). */
  readonly status: string;
  /** Criterion id → value at the last turn played. */
  readonly outcomes: Record<string, number>;
}

/** What a teacher must know about a run before trusting its figures, in words ('' for a clean finished game). */
export function replayStatus(loaded: Loaded, options: { reasons?: boolean } = {}): string {
  const notes: string[] = [];
  if (loaded.modifiedFrom) notes.push(`scenario modified from the shipped ${loaded.modifiedFrom}`);
  if (loaded.divergence) notes.push(`does not verify at turn ${loaded.divergence.turn}${options.reasons ? `: ${loaded.divergence.reason}` : ''}`);
  if (loaded.unfinished) notes.push(`unfinished (${loaded.replay.turns.length} of ${loaded.scenario.calendar.turns} turns)`);
  return notes.join('; ');
}

export function classRow(file: string, loaded: Loaded): ClassRow {
  const last = loaded.game.states[loaded.game.states.length - 1]!;
  return {
    file,
    player: loaded.replay.player ?? '',
    scenarioId: loaded.scenario.id,
    scenarioHash: loaded.replay.scenario.hash,
    shippedScenario: loaded.shipped,
    seed: loaded.replay.seed,
    turns: last.turn,
    verified: loaded.divergence === null && loaded.modifiedFrom === null,
    finished: loaded.divergence === null && last.finished,
    status: replayStatus(loaded),
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

/** A run's outcome on a criterion, or '' where its scenario has no such criterion (own properties only: an id such as "constructor" is no outcome). */
export function outcomeCell(row: ClassRow, id: string): number | '' {
  return Object.hasOwn(row.outcomes, id) ? row.outcomes[id]! : '';
}

/** The scenario a run played, in a table's cell: the id of a shipped one; a custom one's id, and its content hash to tell look-alikes apart. */
export function scenarioCell(row: ClassRow, custom = 'custom'): string {
  return row.shippedScenario ? row.scenarioId : `${row.scenarioId} (${custom}, ${row.scenarioHash.slice(0, 8)})`;
}

/** The words of the class table's header and yes/no cells: English for the CLI, the page's language in the debrief. */
export interface CsvWords {
  /** file, player, scenario, seed, turns, verified, finished, status. */
  readonly header: readonly [string, string, string, string, string, string, string, string];
  readonly yes: string;
  readonly no: string;
  /** Marks a scenario that is not a shipped one. */
  readonly custom: string;
  /** The column title of a criterion (its id in English, so scripts can read it). */
  readonly criterion: (id: string) => string;
}

export const CSV_WORDS_EN: CsvWords = { header: ['file', 'player', 'scenario', 'seed', 'turns', 'verified', 'finished', 'status'], yes: 'yes', no: 'no', custom: 'custom', criterion: (id) => id };

/**
 * The rows of a game that several students played alike (same seed, same decisions): the first
 * file's row, then one per other student with their file and name, the same figures, and a
 * status that says whose game it also is. A gradebook keeps every name; the class figures count
 * the game once.
 */
export function studentRows(row: ClassRow, twins: readonly { readonly file: string; readonly player: string }[], sameGameAs = (file: string) => `same game as ${file}`): ClassRow[] {
  return [row, ...twins.map((twin) => ({ ...row, file: twin.file, player: twin.player, status: [row.status, sameGameAs(row.file)].filter((s) => s !== '').join('; ') }))];
}

/** The class table as CSV: one row per run, one column per criterion. */
export function classTableCsv(rows: readonly ClassRow[], criteria: readonly string[], words: CsvWords = CSV_WORDS_EN): string {
  const yesNo = (value: boolean) => (value ? words.yes : words.no);
  return csvDocument(
    [...words.header, ...criteria.map(words.criterion)],
    rows.map((r) => [r.file, r.player, scenarioCell(r, words.custom), r.seed, r.turns, yesNo(r.verified), yesNo(r.finished), r.status, ...criteria.map((id) => outcomeCell(r, id))]),
  );
}

/**
 * Two files with the same identity are the same game, said the same way (the player's name
 * aside): a copy with one decision altered, or with a figure or the assessment rewritten, is a
 * file of its own, so it is verified and flagged rather than dropped as a duplicate. A content
 * hash of all that, 16 hex digits: the whole text (about 8,000 characters for a 20-turn game) went
 * from the worker to the page with every run loaded.
 */
export function replayIdentity(replay: Replay): string {
  return contentHash([replay.seed, replay.scenario.hash, replay.initialHash, replay.turns, replay.finished, replay.assessment]);
}
