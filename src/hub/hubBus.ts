/**
 * What hub processes sharing classes tell one another: the records each has added to a class's
 * journal (so every process's copy of the class follows, and its teacher and student pages hear
 * of it), a student's page that left, and a class that ended. Carried by Socket.IO's server-side
 * events through its Redis Streams adapter (the engine chosen in docs/adr/0007): delivery in
 * order per sender, resumed after a lost Redis connection. The hub does not rely on delivery
 * alone: each record says where it goes in its class's journal, and a process that finds a gap
 * reads what it missed from the journal.
 */
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Server } from 'socket.io';
import type { JournalRecord } from './classStore.ts';
import type { RedisClient } from './redisJournal.ts';

export type BusEvent =
  | { readonly kind: 'records'; readonly classId: string; readonly from: number; readonly records: readonly JournalRecord[] }
  | { readonly kind: 'left'; readonly classId: string; readonly student: string; readonly via: string }
  | { readonly kind: 'ended'; readonly classId: string };

export interface HubBus {
  /** To every other process. */
  publish(event: BusEvent): void;
  subscribe(handler: (event: BusEvent) => void): void;
  close(): Promise<void>;
}

/** Time the adapter takes to subscribe on loopback, with room to spare. */
const SUBSCRIBED_MS = 300;

interface ServerEvents {
  hub: (event: BusEvent) => void;
}

export function socketIoBus(redis: RedisClient): HubBus {
  // No client transport: pages keep the hub's plain WebSocket (see the ADR); the server carries the processes' events.
  const io = new Server<ServerEvents, ServerEvents, ServerEvents>({ adapter: createAdapter(redis, { blockTimeInMs: 1000 }), serveClient: false });
  const opened = Date.now();
  return {
    publish: (event) => io.serverSideEmit('hub', event),
    subscribe: (handler) => io.on('hub', handler),
    // Not attached to an HTTP server, so only its adapter (the Redis stream reader) needs closing.
    close: async () => {
      // The adapter subscribes on a connection of its own as it starts; closed before that is done, it fails unhandled.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, SUBSCRIBED_MS - (Date.now() - opened))));
      await io.of('/').adapter.close();
    },
  };
}
