/**
 * The hub on the network: one HTTP server on one port serves the built game (when given a
 * folder) and the WebSocket hub at /hub. Frames far over the size limit are refused by the
 * socket layer before any parsing; a connection that does not join within 30 s is closed; the
 * hub's sweep (expired classes, forgotten addresses) runs every minute. `close()` stops
 * everything; the journal stays on disk (or in Redis) for the next start.
 *
 * Hosted (`redisUrl`), the classes live in Redis and any number of such servers share them: the
 * journal is Redis's (redisJournal.ts), and the servers hear of one another's changes through
 * Socket.IO's Redis Streams adapter (hubBus.ts). Pages connect to any of them the same way.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { Hub, DEFAULT_LIMITS, type HubOptions } from './hub.ts';
import { socketIoBus } from './hubBus.ts';
import { connectRedis, RedisJournal } from './redisJournal.ts';
import { MAX_CLIENT_MESSAGE_BYTES } from './protocol.ts';
import { staticFiles } from './staticFiles.ts';

export const HUB_PATH = '/hub';
/** Frames up to this size reach the hub, which answers one line for a message over its limit; larger ones close the socket. */
export const SOCKET_FRAME_LIMIT = 4 * MAX_CLIENT_MESSAGE_BYTES;

export interface HubServerOptions extends HubOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** The built game to serve beside the hub. */
  readonly staticDir?: string;
  readonly extraFiles?: ReadonlyMap<string, { type: string; body: string }>;
  /** A connection that has not joined a class this long after opening is closed (it holds a place among the connections). */
  readonly joinTimeoutMs?: number;
  /** Hosted: the Redis that holds the classes, shared with other hub servers (redis://host:port). */
  readonly redisUrl?: string;
}

export interface HubServer {
  readonly hub: Hub;
  readonly port: number;
  readonly http: Server;
  close(): Promise<void>;
}

export async function startHubServer(options: HubServerOptions): Promise<HubServer> {
  const redis = options.redisUrl ? connectRedis(options.redisUrl) : null;
  if (redis) {
    redis.on('error', (error: Error) => options.log?.(`redis: ${error.message}`));
    await redis.connect();
  }
  const lifetimeMs = options.limits?.classLifetimeMs ?? DEFAULT_LIMITS.classLifetimeMs;
  const hub = new Hub(redis ? { ...options, store: new RedisJournal(redis, lifetimeMs, options.log), bus: socketIoBus(redis) } : options);
  await hub.start();
  const serve = options.staticDir ? staticFiles(options.staticDir, options.extraFiles) : null;
  const http = createServer((request, response) => {
    if (serve) void serve(request, response);
    else response.writeHead(404).end();
  });
  const sockets = new WebSocketServer({ server: http, path: HUB_PATH, maxPayload: SOCKET_FRAME_LIMIT });
  sockets.on('connection', (socket, request) => {
    const connection = hub.connect({
      address: request.socket.remoteAddress ?? 'unknown',
      send: (text) => socket.send(text),
      close: () => socket.close(),
    });
    if (!connection) return;
    const idle = setTimeout(() => connection.room ?? socket.close(), options.joinTimeoutMs ?? 30_000);
    socket.on('close', () => clearTimeout(idle));
    socket.on('message', (data, binary) => {
      if (binary) return connection.receive('');
      connection.receive(data.toString());
    });
    socket.on('close', () => connection.closed());
    socket.on('error', (error) => hub.log(`socket error: ${error.message}`));
  });
  const sweep = setInterval(() => hub.sweep(), 60_000);
  sweep.unref();
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  return {
    hub,
    port: (http.address() as AddressInfo).port,
    http,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(sweep);
        for (const socket of sockets.clients) socket.terminate();
        sockets.close();
        http.close(() => resolve());
        http.closeAllConnections();
      }).then(async () => {
        await hub.close();
        await redis?.quit();
      }),
  };
}
