/**
 * Loading and verifying replays: untrusted files, checked for size, format, version and
 * scenario, then re-simulated turn by turn. A file that does not verify says at which turn and
 * which figures differ; the game it re-simulated is returned for the debrief either way.
 */
import { ENGINE_VERSION, createGame, hashState, step, type GameState, type TurnReport } from '../engine/index.ts';
import { formatIssues } from '../scenario/issues.ts';
import { parseJsonText } from '../scenario/json.ts';
import { parseScenario } from '../scenario/load.ts';
import type { Scenario } from '../scenario/schema.ts';
import { contentHash, turnSummary, type PlayedGame } from './record.ts';
import { MAX_REPLAY_BYTES, REPLAY_FORMAT, REPLAY_VERSION, Replay, type TurnSummary } from './schema.ts';

export interface Divergence {
  /** 1-based turn, or 0 for the opening state. */
  readonly turn: number;
  readonly reason: string;
  readonly differing: string[];
}

export type LoadedReplay =
  | { ok: true; replay: Replay; scenario: Scenario; game: PlayedGame; divergence: Divergence | null }
  | { ok: false; error: string };

function differences(recorded: TurnSummary, actual: TurnSummary): string[] {
  return (Object.keys(recorded) as (keyof TurnSummary)[]).filter((key) => recorded[key] !== actual[key]).map((key) => `${key} ${recorded[key]} recorded, ${actual[key]} re-simulated`);
}

/** Re-simulates a parsed replay; stops at the first turn that does not verify. */
export function verifyReplay(replay: Replay, scenario: Scenario): { game: PlayedGame; divergence: Divergence | null } {
  let state: GameState = createGame(scenario, replay.seed);
  const states = [state];
  const reports: TurnReport[] = [];
  const decisions = [];
  if (hashState(state) !== replay.initialHash) {
    return { game: { scenario, seed: replay.seed, states, reports, decisions: [] }, divergence: { turn: 0, reason: 'the opening state differs', differing: [] } };
  }
  for (const [i, turn] of replay.turns.entries()) {
    const result = step(scenario, state, turn.decisions);
    if (!result.ok) {
      return { game: { scenario, seed: replay.seed, states, reports, decisions }, divergence: { turn: i + 1, reason: `the engine refuses the recorded decisions: ${result.error.message}`, differing: [] } };
    }
    state = result.state;
    states.push(state);
    reports.push(result.report);
    decisions.push(turn.decisions);
    if (hashState(state) !== turn.stateHash) {
      return {
        game: { scenario, seed: replay.seed, states, reports, decisions },
        divergence: { turn: i + 1, reason: 'the state differs from the one recorded', differing: differences(turn.summary, turnSummary(scenario, state)) },
      };
    }
  }
  return { game: { scenario, seed: replay.seed, states, reports, decisions }, divergence: null };
}

/** Parses and verifies a replay file's text; every failure is one message, never a throw. */
export function loadReplayText(text: string): LoadedReplay {
  const json = parseJsonText(text, { maxChars: MAX_REPLAY_BYTES });
  if (!json.ok) return { ok: false, error: json.errors[0]! };
  const raw = json.value as { format?: unknown; formatVersion?: unknown; engineVersion?: unknown };
  if (typeof raw !== 'object' || raw === null || raw.format !== REPLAY_FORMAT) return { ok: false, error: 'not a Between Two Fires replay (no "format": "between-two-fires-replay")' };
  if (raw.formatVersion !== REPLAY_VERSION) return { ok: false, error: `replay format version ${String(raw.formatVersion)} is not supported (this version reads ${REPLAY_VERSION})` };
  const parsed = Replay.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, error: `not a valid replay: ${formatIssues(parsed.error).slice(0, 3).join('; ')}` };
  const replay = parsed.data;
  if (replay.engineVersion !== ENGINE_VERSION) return { ok: false, error: `made with engine version ${replay.engineVersion}; this is ${ENGINE_VERSION}, which cannot re-simulate it exactly` };
  const scenario = parseScenario(replay.scenario.content);
  if (!scenario.ok) return { ok: false, error: `its embedded scenario is not valid: ${scenario.errors.slice(0, 3).join('; ')}` };
  // The hash covers the scenario as stored in the file, so fields a later schema adds with
  // defaults do not break old replays.
  if (contentHash(replay.scenario.content) !== replay.scenario.hash || scenario.value.id !== replay.scenario.id || scenario.value.version !== replay.scenario.version) {
    return { ok: false, error: 'its embedded scenario does not match the scenario hash it records (the file was altered)' };
  }
  if (replay.turns.length > scenario.value.calendar.turns) return { ok: false, error: `it records ${replay.turns.length} turns but the scenario has ${scenario.value.calendar.turns}` };
  const { game, divergence } = verifyReplay(replay, scenario.value);
  return { ok: true, replay, scenario: scenario.value, game, divergence };
}
