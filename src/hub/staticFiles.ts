/**
 * Serves the built game (a folder) over HTTP: GET and HEAD only, paths kept inside the folder,
 * a few content types, index.html for the folder itself. Extra files (the class's QR code and
 * join address) are served from memory, and only to the computer the server runs on: they carry
 * the class code, which students get from the teacher, not from the network.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function staticFiles(root: string, extra: ReadonlyMap<string, { type: string; body: string }> = new Map()) {
  const base = normalize(root + sep);
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const finish = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return finish(405, TYPES['.txt']!, 'method not allowed\n');
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    } catch {
      return finish(400, TYPES['.txt']!, 'bad address\n');
    }
    const made = extra.get(path);
    if (made) return isLoopback(request.socket.remoteAddress) ? finish(200, made.type, made.body) : finish(404, TYPES['.txt']!, 'not found\n');
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) return finish(404, TYPES['.txt']!, 'not found\n');
    try {
      if (!(await stat(file)).isFile()) return finish(404, TYPES['.txt']!, 'not found\n');
      return finish(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      return finish(404, TYPES['.txt']!, 'not found\n');
    }
  };
}

export const isLoopback = (address: string | undefined): boolean => address === '::1' || /^(::ffff:)?127\./.test(address ?? '');
