/**
 * The one place the game calls the engine: a scenario, a seed, and the decisions taken so far,
 * with every state and report they produced. Scenes read from it and hand it decisions; they
 * never compute an outcome. No Phaser here, so it is tested in Node.
 */
import {
  ENGINE_VERSION,
  createGame,
  freezeState,
  hashState,
  step,
  type Decisions,
  type EngineError,
  type GameState,
  type TurnReport,
} from '../engine/index.ts';
import type { PlayedGame } from '../replay/record.ts';
import type { Scenario } from '../scenario/schema.ts';

export class Session {
  private readonly states: GameState[];
  private readonly reports: TurnReport[] = [];
  private readonly decisions: Decisions[] = [];
  /**
   * Whom the student heeded each turn. Kept beside the decisions, never handed to the engine:
   * it changes no outcome, and a replay verifies without it.
   */
  private readonly heededLog: (string | null)[] = [];

  /** Optional name the player gave, recorded in replays. */
  player = '';

  private constructor(
    readonly scenario: Scenario,
    readonly seed: string,
  ) {
    this.states = [freezeState(createGame(scenario, seed))];
  }

  static start(scenario: Scenario, seed: string): Session {
    return new Session(scenario, seed);
  }

  /** Replays decisions; null if the engine refuses one of them. */
  static replay(scenario: Scenario, seed: string, decisions: readonly Decisions[], heeded: readonly (string | null)[] = []): Session | null {
    const session = new Session(scenario, seed);
    for (const [i, decided] of decisions.entries()) if (!session.play(decided, heeded[i] ?? null).ok) return null;
    return session;
  }

  get state(): GameState {
    return this.states[this.states.length - 1]!;
  }

  get history(): readonly GameState[] {
    return this.states;
  }

  get lastReport(): TurnReport | undefined {
    return this.reports[this.reports.length - 1];
  }

  get decisionLog(): readonly Decisions[] {
    return this.decisions;
  }

  get reportLog(): readonly TurnReport[] {
    return this.reports;
  }

  get heeded(): readonly (string | null)[] {
    return this.heededLog;
  }

  play(decisions: Decisions, heeded: string | null = null): { ok: true; report: TurnReport } | { ok: false; error: EngineError } {
    const result = step(this.scenario, this.state, decisions);
    if (!result.ok) return result;
    this.states.push(freezeState(result.state));
    this.reports.push(freezeState(result.report));
    this.decisions.push(freezeState(structuredClone(decisions)));
    this.heededLog.push(heeded);
    return { ok: true, report: result.report };
  }

  /** The game so far, for recording a replay. */
  played(): PlayedGame {
    return { scenario: this.scenario, seed: this.seed, states: this.states, reports: this.reports, decisions: this.decisions };
  }

  hash(): string {
    return hashState(this.state);
  }

  engineVersion(): string {
    return ENGINE_VERSION;
  }
}
