/**
 * What the debrief shows of a verified replay before a teacher opens it: made where the file
 * was verified (an analysis worker), which keeps the checked file and hands the re-simulated
 * game over when the run is opened. Carrying every state of 40 games to the page cost more
 * than verifying them; this is a few numbers per turn.
 */
import { summarizeRegion, type GameState, type RegionSummary, type TurnReport, type Decisions } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { LeverId } from '../scenario/vocabulary.ts';
import { classRow, replayIdentity, type ClassRow } from './classTable.ts';
import type { Replay } from './schema.ts';
import { verifyReplay, type Divergence, type LoadedReplay } from './verify.ts';

type Loaded = Extract<LoadedReplay, { ok: true }>;

export interface RunSummary {
  readonly ok: true;
  /** The worker's key for the run's whole game (see RunGame). */
  readonly handle: number;
  /** replayIdentity of the file. */
  readonly identity: string;
  /** The run's scenario, or the id of the shipped one it plays unchanged (not copied per file). */
  readonly scenario: Scenario | string;
  readonly seed: string;
  readonly player: string;
  readonly row: ClassRow;
  /** The region after each re-simulated state, the opening one first. */
  readonly regions: RegionSummary[];
  /** The levers in force each turn, as the engine applied them. */
  readonly levers: Readonly<Record<LeverId, number>>[];
  /** The state hash each turn as the file records it (where runs on one seed part ways). */
  readonly recordedHashes: string[];
  readonly divergence: Divergence | null;
  readonly modifiedFrom: string | null;
  /** What the file's text got wrong without spoiling the game (a key written twice), one line each. */
  readonly warnings: readonly string[];
}

/** A run's re-simulated game, asked for when a teacher opens the run (its scenario is the page's own). */
export interface RunGame {
  readonly states: GameState[];
  readonly reports: TurnReport[];
  readonly decisions: Decisions[];
}

export function runSummary(file: string, loaded: Loaded, handle: number, shipped: readonly Scenario[]): RunSummary {
  return {
    ok: true,
    handle,
    identity: replayIdentity(loaded.replay),
    scenario: shipped.includes(loaded.scenario) ? loaded.scenario.id : loaded.scenario,
    seed: loaded.replay.seed,
    player: loaded.replay.player ?? '',
    row: classRow(file, loaded),
    regions: loaded.game.states.map((s) => summarizeRegion(loaded.scenario, s)),
    levers: loaded.game.reports.map((r) => r.levers),
    recordedHashes: loaded.replay.turns.map((turn) => turn.stateHash),
    divergence: loaded.divergence,
    modifiedFrom: loaded.modifiedFrom,
    warnings: loaded.warnings,
  };
}

/**
 * A verified run's game, played again from its checked file: a few milliseconds, where keeping
 * every state of every run loaded grew the worker's heap enough that the next task paid for
 * collecting it.
 */
export function runGame(replay: Replay, scenario: Scenario): RunGame {
  const { states, reports, decisions } = verifyReplay(replay, scenario).game;
  return { states: [...states], reports: [...reports], decisions: [...decisions] };
}
