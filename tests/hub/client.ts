/** A raw WebSocket client for the hub's tests: sends objects, waits for messages by type. */
import WebSocket from 'ws';
import { parseHubMessage, type HubMessage } from '../../src/hub/protocol.ts';

export class TestClient {
  readonly received: HubMessage[] = [];
  private waiters: { type: string; resolve: (m: HubMessage) => void; from: number }[] = [];
  closed = false;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const parsed = parseHubMessage(data.toString());
      if (!parsed.ok) throw new Error(`hub sent a bad message: ${parsed.error}`);
      this.received.push(parsed.value);
      this.wake();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
  }

  static open(port: number): Promise<TestClient> {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/hub`);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new TestClient(socket)));
      socket.once('error', reject);
    });
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next message of a type received after `from` (an index into `received`), within two seconds. */
  next<T extends HubMessage['type']>(type: T, from = 0): Promise<Extract<HubMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      const waiter = { type, from, resolve: resolve as (m: HubMessage) => void };
      this.waiters.push(waiter);
      this.wake();
      setTimeout(() => reject(new Error(`no "${type}" message; received ${JSON.stringify(this.received.map((m) => m.type))}`)), 2000).unref();
    });
  }

  /** Sends, then waits for the first message of a type that answers it. */
  async ask<T extends HubMessage['type']>(message: unknown, type: T): Promise<Extract<HubMessage, { type: T }>> {
    const from = this.received.length;
    this.send(message);
    return this.next(type, from);
  }

  private wake(): void {
    this.waiters = this.waiters.filter((w) => {
      const found = this.received.slice(w.from).find((m) => m.type === w.type);
      if (found) w.resolve(found);
      return !found;
    });
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}
