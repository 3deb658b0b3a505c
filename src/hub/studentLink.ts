/**
 * A student's page's link to the hub: joins with the class code and a name (and the token the
 * hub gave it before, to take its place back), sends each turn played, one at a time, until
 * the hub acknowledges it, and resends from what the hub says it has after any reconnection,
 * so a reload, a lost network or a hub restart loses nothing and sends nothing twice into the
 * teacher's view. It follows the facilitator's controls (a paused class or one playing
 * together holds turns back) and stops, with the reason, when the hub refuses the join or the
 * class ends. No DOM: the page gives it a WebSocket maker, tests give it ws's.
 */
import { HubSocket, type LinkStatus, type SocketLike } from './hubSocket.ts';
import type { ClassInfo, Control, ErrorCode, HubMessage, LiveTurn } from './protocol.ts';

export interface StudentLinkOptions {
  readonly url: string;
  readonly code: string;
  readonly name: string;
  readonly token?: string;
  /** The seat code from the student's other screen: moves the game here. */
  readonly seat?: string;
  readonly scenarioHashes: readonly string[];
  readonly engineVersion: string;
  readonly open: (url: string) => SocketLike;
  /** Turns the page has played in this class already (a game saved before a reload). */
  readonly played?: readonly LiveTurn[];
  /**
   * The hub's welcome: the class, and the turns the game goes on from (the page's own if the
   * hub's are the first of them, else the hub's; see resumeFrom), for the page to play to.
   */
  readonly onWelcome: (info: ClassInfo, turns: readonly LiveTurn[], token: string, seat: string | undefined) => void;
  /** Status, controls, problems or the turns acknowledged changed. */
  readonly onChange: () => void;
  /** Delay before reconnection attempt n (1, 2, …). */
  readonly retryMs?: (attempt: number) => number;
}

/** Join refusals after which the page stops trying until the student acts. */
const FINAL: ReadonlySet<ErrorCode> = new Set(['wrong-code', 'wrong-key', 'class-full', 'hub-full', 'name-taken', 'other-scenario', 'other-engine', 'rate', 'bad-message', 'too-large', 'ended']);

/**
 * The turns a page resumes from: its own when the hub's are the first of them (it played on
 * while offline), otherwise the hub's (the student went on from another computer).
 */
export function resumeFrom(local: readonly LiveTurn[], hub: readonly LiveTurn[]): readonly LiveTurn[] {
  const prefix = hub.length <= local.length && hub.every((t, i) => t.stateHash === local[i]!.stateHash);
  return prefix ? local : hub;
}

export class StudentLink {
  status: LinkStatus = 'connecting';
  control: Control = { paused: false, releasedThrough: null, prompt: null };
  info: ClassInfo | null = null;
  /** The last refusal or warning from the hub, if any. */
  problem: { code: ErrorCode; message: string } | null = null;
  /** Turns the hub has acknowledged. */
  have = 0;
  private turns: LiveTurn[] = [];
  private readonly socket: HubSocket;
  private inFlight = false;
  private welcomed = false;
  private held: ReturnType<typeof setTimeout> | null = null;
  token: string | undefined;
  /** The seat code to show the student (given by the hub on the first join, or typed). */
  seat: string | undefined;

  constructor(private readonly options: StudentLinkOptions) {
    this.token = options.token;
    this.seat = options.seat;
    this.turns = [...(options.played ?? [])];
    this.socket = new HubSocket({
      url: options.url,
      open: options.open,
      retryMs: options.retryMs,
      hello: () => {
        const { code, name, scenarioHashes, engineVersion } = this.options;
        // Either takes the seat back: the token on the page that joined, the seat code on any other.
        return { type: 'join', code, name, ...(this.token ? { token: this.token } : {}), ...(this.seat ? { seat: this.seat } : {}), scenarioHashes, engineVersion };
      },
      onMessage: (message) => this.receive(message),
      onClose: () => {
        this.inFlight = false;
        this.welcomed = false;
        if (this.status === 'refused' || this.status === 'ended') {
          this.options.onChange();
          return false;
        }
        this.status = 'offline';
        this.options.onChange();
        return true;
      },
    });
  }

  start(): void {
    this.socket.start();
  }

  stop(): void {
    if (this.held) clearTimeout(this.held);
    this.socket.stop();
  }

  /** Turns played and not yet acknowledged by the hub. */
  get pending(): number {
    return Math.max(0, this.turns.length - this.have);
  }

  /** Whether turn `turn` (1-based) may be played now: not while paused, nor past the turn released. */
  mayPlay(turn: number): boolean {
    if (this.status === 'refused' || this.status === 'ended') return true;
    return !this.control.paused && (this.control.releasedThrough === null || turn <= this.control.releasedThrough);
  }

  /** A turn the page has just played. */
  push(turn: LiveTurn): void {
    if (turn.turn !== this.turns.length + 1) return;
    this.turns.push(turn);
    this.flush();
  }

  private receive(message: HubMessage): void {
    switch (message.type) {
      case 'welcome':
        this.welcomed = true;
        this.socket.welcomed();
        this.status = 'online';
        this.problem = null;
        this.info = message.class;
        this.control = message.control;
        this.token = message.token;
        this.seat = message.seat ?? this.seat;
        this.have = message.turns.length;
        this.turns = [...resumeFrom(this.turns, message.turns)];
        this.options.onWelcome(message.class, this.turns, message.token, this.seat);
        break;
      case 'ack':
        this.inFlight = false;
        this.have = message.have;
        break;
      case 'control':
        this.control = message.control;
        break;
      case 'ended':
        this.status = 'ended';
        this.stop();
        break;
      case 'error':
        this.problem = { code: message.code, message: message.message };
        this.inFlight = false;
        if (!this.welcomed || message.code === 'name-taken' || message.code === 'ended') {
          if (FINAL.has(message.code)) {
            this.status = 'refused';
            this.stop();
          }
        } else if (message.code === 'hub-full') this.held = setTimeout(() => this.flush(), 10_000);
        break;
      default:
        return;
    }
    this.flush();
    this.options.onChange();
  }

  private flush(): void {
    if (this.status !== 'online' || this.inFlight || this.have >= this.turns.length) return;
    if (!this.mayPlay(this.have + 1)) return;
    this.inFlight = this.socket.send({ type: 'turn', ...this.turns[this.have]! });
  }
}
