/**
 * The teacher's side of a live class: every turn a student's page reports is re-simulated on
 * arrival from the class's scenario and seed, and its state hash compared with the one the page
 * sent. A turn the engine refuses or whose hash differs (a forged turn, another student's hash)
 * flags the student at that turn; what follows is not counted. Each verified game is kept as
 * the replay format records it, so the debrief and the archive get the same files as Download
 * replay. Pure: the teacher's page and the load test's simulated teacher use it alike.
 */
import { createGame, hashState, step, type Decisions, type GameState, type TurnReport } from '../engine/index.ts';
import type { PlayedGame } from '../replay/record.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { LiveTurn } from './protocol.ts';

export interface Flag {
  /** 1-based turn. */
  readonly turn: number;
  /**
   * Why: the hash differs from the re-simulation's (a forged turn, another student's hash), the
   * engine refuses the decisions, a turn came before the one expected, or the hub saw the turn
   * resent with other contents. Screens say it in their language.
   */
  readonly kind: 'hash' | 'refused' | 'order' | 'conflict';
  /** The engine's reason, for a refused turn. */
  readonly detail?: string;
}

export type Checked = { kind: 'verified' } | { kind: 'flagged'; flag: Flag } | { kind: 'ignored' };

export class StudentGame {
  private readonly states: GameState[];
  private readonly reports: TurnReport[] = [];
  private readonly decisions: Decisions[] = [];
  flag: Flag | null = null;

  constructor(
    readonly scenario: Scenario,
    readonly seed: string,
    /** Keep every state (for the debrief) or only the last one (a load test's teacher). */
    private readonly keepStates = true,
  ) {
    this.states = [createGame(scenario, seed)];
  }

  /** Turns verified so far. */
  get verified(): number {
    return this.decisions.length;
  }

  check(turn: LiveTurn): Checked {
    if (this.flag) return { kind: 'ignored' };
    if (turn.turn <= this.verified) return { kind: 'ignored' };
    if (turn.turn !== this.verified + 1) return this.flagAt(turn.turn, 'order');
    const result = step(this.scenario, this.states[this.states.length - 1]!, turn.decisions, { explain: false });
    if (!result.ok) return this.flagAt(turn.turn, 'refused', result.error.message);
    if (hashState(result.state) !== turn.stateHash) return this.flagAt(turn.turn, 'hash');
    if (!this.keepStates) this.states.pop();
    this.states.push(result.state);
    this.reports.push(result.report);
    this.decisions.push(turn.decisions);
    if (!this.keepStates) this.reports.length = 0;
    return { kind: 'verified' };
  }

  /** Flags the game at a turn (also for a turn the hub saw resent with other contents). */
  flagAt(turn: number, kind: Flag['kind'], detail?: string): Checked {
    this.flag ??= detail === undefined ? { turn, kind } : { turn, kind, detail };
    return { kind: 'flagged', flag: this.flag };
  }

  /** The verified turns, as a replay records them. */
  played(): PlayedGame {
    if (!this.keepStates) throw new Error('this game keeps only its last state');
    return { scenario: this.scenario, seed: this.seed, states: this.states, reports: this.reports, decisions: this.decisions };
  }
}
