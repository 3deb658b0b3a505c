/**
 * A page's socket to the hub, reconnecting by itself: the one start, stop and retry rule of the
 * student's and the teacher's links. It opens the socket, says who the page is when it opens,
 * hands on each message from the hub that parses, and when the socket closes asks the link
 * whether to try again, after a delay that grows with the attempts since the hub last welcomed
 * the page. No DOM: the page gives it a WebSocket maker, tests give it ws's.
 */
import { parseHubMessage, type HubMessage } from './protocol.ts';

export interface SocketLike {
  send(text: string): void;
  close(): void;
  onopen: (() => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: (() => void) | null;
  onerror: (() => void) | null;
}

export type LinkStatus = 'connecting' | 'online' | 'offline' | 'refused' | 'ended';

/** How long a link waits before its next attempt: the page's own rule, else doubling from half a second up to ten. */
export function retryDelay(attempt: number, custom?: (attempt: number) => number): number {
  return custom?.(attempt) ?? Math.min(10_000, 500 * 2 ** Math.min(attempt, 5));
}

export interface HubSocketOptions {
  readonly url: string;
  readonly open: (url: string) => SocketLike;
  /** Delay before reconnection attempt n (1, 2, …). */
  readonly retryMs?: ((attempt: number) => number) | undefined;
  /** The socket opened: the link's first message (join or teach). */
  readonly hello: () => unknown;
  readonly onMessage: (message: HubMessage) => void;
  /** The socket closed (not by stop): whether to try again. */
  readonly onClose: () => boolean;
}

export class HubSocket {
  /** Attempts since the hub last welcomed the page (0: the first connection). */
  attempts = 0;
  private socket: SocketLike | null = null;
  private stopped = false;
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: HubSocketOptions) {}

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

  get stopping(): boolean {
    return this.stopped;
  }

  /** The hub welcomed the page: the next loss starts the delays afresh. */
  welcomed(): void {
    this.attempts = 0;
  }

  /** Sends when connected; false otherwise. */
  send(message: unknown): boolean {
    if (!this.socket) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  private connect(): void {
    const socket = this.options.open(this.options.url);
    this.socket = socket;
    socket.onopen = () => socket.send(JSON.stringify(this.options.hello()));
    socket.onerror = () => undefined;
    socket.onmessage = (event) => {
      const parsed = parseHubMessage(String(event.data));
      if (parsed.ok && this.socket === socket) this.options.onMessage(parsed.value);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.stopped || !this.options.onClose()) return;
      this.attempts++;
      this.retry = setTimeout(() => this.connect(), retryDelay(this.attempts, this.options.retryMs));
    };
  }
}
