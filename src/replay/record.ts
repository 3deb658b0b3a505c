/** Builds a replay from a game played (in the browser or headless): the same file either way. */
import { ENGINE_VERSION, assess, canonicalJson, hashState, step, summarizeRegion, type Decisions, type GameState, type TurnReport } from '../engine/index.ts';
import { fnv1a64 } from '../engine/hash.ts';
import type { Scenario } from '../scenario/schema.ts';
import { REPLAY_FORMAT, REPLAY_VERSION, type Replay, type TurnSummary } from './schema.ts';

/** Hash of a scenario as embedded in a replay (its canonical JSON). */
export function contentHash(content: unknown): string {
  return fnv1a64(canonicalJson(content));
}

export function turnSummary(scenario: Scenario, state: GameState): TurnSummary {
  const region = summarizeRegion(scenario, state);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    meanTrust: round(region.meanTrust),
    meanSecurity: round(region.meanSecurity),
    meanInsurgentInfluence: round(region.meanInsurgentInfluence),
    cocaHectares: region.cocaHectares,
    clanStrength: round(region.clanStrength),
    abuses: region.abuses,
    civilianHarm: region.civilianHarm,
    reprisals: region.reprisals,
  };
}

export interface PlayedGame {
  readonly scenario: Scenario;
  readonly seed: string;
  /** Every state, the opening one first. */
  readonly states: readonly GameState[];
  readonly reports: readonly TurnReport[];
  readonly decisions: readonly Decisions[];
}

/**
 * The report of turn `turn` (1-based) with every change and its cause, played again from the
 * state before it: a game verified without the explanation record explains a turn on demand.
 */
export function explainTurn(game: PlayedGame, turn: number): TurnReport | undefined {
  const before = game.states[turn - 1];
  const decisions = game.decisions[turn - 1];
  if (turn < 1 || !before || !decisions) return undefined;
  const result = step(game.scenario, before, decisions, { explain: true });
  return result.ok ? result.report : undefined;
}

/** Turn `i` (0-based) of a game as a replay records it. */
export function recordTurn(game: PlayedGame, i: number): Replay['turns'][number] {
  return {
    decisions: game.decisions[i]!,
    stateHash: hashState(game.states[i + 1]!),
    summary: turnSummary(game.scenario, game.states[i + 1]!),
    events: game.reports[i]!.events.map((e) => (e.community ? `${e.eventId}@${e.community}` : e.eventId)),
  };
}

/** The end-of-game fields: finished, and the assessment of a finished game. */
export function recordEnd(game: PlayedGame): Pick<Replay, 'finished' | 'assessment'> {
  const last = game.states[game.states.length - 1]!;
  return {
    finished: last.finished,
    assessment: last.finished ? assess(game.scenario, last).map((c) => ({ id: c.id, value: Math.round(c.value * 100) / 100, rating: c.rating })) : null,
  };
}

export function recordReplay(game: PlayedGame, player?: string): Replay {
  return {
    format: REPLAY_FORMAT,
    formatVersion: REPLAY_VERSION,
    engineVersion: ENGINE_VERSION,
    scenario: { id: game.scenario.id, version: game.scenario.version, hash: contentHash(game.scenario), content: game.scenario },
    seed: game.seed,
    ...(player ? { player } : {}),
    initialHash: hashState(game.states[0]!),
    turns: game.decisions.map((_, i) => recordTurn(game, i)),
    ...recordEnd(game),
  };
}
