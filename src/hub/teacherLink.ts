/**
 * The teacher's page's link to the hub: sends the class code and teacher key, takes the class
 * as the hub holds it (every student's turns: a reloaded page, or one reconnected after the
 * hub restarted, rebuilds its view from it), then each turn, student and control as they
 * come, and carries the facilitator's controls back. Reconnects by itself; stops when the hub
 * refuses the key or the class ends. No DOM: the page gives it a WebSocket maker.
 */
import { HubSocket, type LinkStatus, type SocketLike } from './hubSocket.ts';
import type { ErrorCode, HubMessage, TeacherMessage } from './protocol.ts';

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
  private readonly socket: HubSocket;

  constructor(private readonly options: TeacherLinkOptions) {
    this.socket = new HubSocket({
      url: options.url,
      open: options.open,
      retryMs: options.retryMs,
      hello: () => ({ type: 'teach', code: options.code, key: options.key }),
      onMessage: (message) => this.receive(message),
      onClose: () => {
        this.status = 'offline';
        this.options.onStatus();
        return true;
      },
    });
  }

  start(): void {
    this.socket.start();
  }

  stop(): void {
    this.socket.stop();
  }

  /** A control for the hub; false when not connected (the page says so). */
  send(message: Exclude<TeacherMessage, { type: 'teach' }>): boolean {
    return this.status === 'online' && this.socket.send(message);
  }

  private receive(message: HubMessage): void {
    if (message.type === 'class') {
      this.status = 'online';
      this.socket.welcomed();
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
  }
}
