/**
 * The teacher's page's link to the hub: sends the class code and teacher key, takes the class
 * as the hub holds it (every student's turns: a reloaded page, or one reconnected after the
 * hub restarted, rebuilds its view from it), then each turn, student and control as they
 * come, and carries the facilitator's controls back. Reconnects by itself; stops when the hub
 * refuses the key or the class ends. No DOM: the page gives it a WebSocket maker.
 */
import { parseHubMessage, type ErrorCode, type HubMessage, type TeacherMessage } from './protocol.ts';
import { retryDelay, type LinkStatus, type SocketLike } from './studentLink.ts';

export interface TeacherLinkOptions {
  readonly url: string;
  readonly code: string;
  readonly key: string;
  readonly open: (url: string) => SocketLike;
  /** Every message from the hub, in order (a 'class' message starts the view afresh). */
  readonly onMessage: (message: HubMessage) => void;
  readonly onStatus: () => void;
  readonly retryMs?: (attempt: number) => number;
}

export class TeacherLink {
  status: LinkStatus = 'connecting';
  problem: { code: ErrorCode; message: string } | null = null;
  private socket: SocketLike | null = null;
  private attempts = 0;
  private stopped = false;
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: TeacherLinkOptions) {}

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.socket?.close();
    this.socket = null;
  }

  /** A control for the hub; false when not connected (the page says so). */
  send(message: Exclude<TeacherMessage, { type: 'teach' }>): boolean {
    if (this.status !== 'online' || !this.socket) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  private connect(): void {
    const socket = this.options.open(this.options.url);
    this.socket = socket;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'teach', code: this.options.code, key: this.options.key }));
    socket.onerror = () => undefined;
    socket.onmessage = (event) => {
      const parsed = parseHubMessage(String(event.data));
      if (!parsed.ok) return;
      const message = parsed.value;
      if (message.type === 'class') {
        this.status = 'online';
        this.attempts = 0;
        this.problem = null;
        this.options.onStatus();
      } else if (message.type === 'ended') {
        this.status = 'ended';
        this.stop();
        this.options.onStatus();
      } else if (message.type === 'error' && this.status !== 'online') {
        this.status = 'refused';
        this.problem = { code: message.code, message: message.message };
        this.stop();
        this.options.onStatus();
        return;
      }
      this.options.onMessage(message);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.stopped) return;
      this.status = 'offline';
      this.options.onStatus();
      this.attempts++;
      this.retry = setTimeout(() => this.connect(), retryDelay(this.attempts, this.options.retryMs));
    };
  }
}
