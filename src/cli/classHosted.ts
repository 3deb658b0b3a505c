/**
 * npm run class:hosted -- --redis redis://HOST:PORT [--port N] [--host ADDRESS] [--game DIR]
 * npm run class:hosted -- --redis redis://HOST:PORT --open-class --url https://ADDRESS [--scenario ID] [--seed S] [--json]
 * The live class hosted for many classes: the first form starts one hub process, serving the
 * built game (from --game, `dist` by default, when built) and the hub; start as many as the load
 * needs, on one machine or several, all on the same Redis, behind any load balancer: any of them
 * serves any class, and one that stops loses nothing (docs/adr/0007-hosted-live-class.md). The
 * second form opens a class in Redis and prints what its students and its teacher need, at the
 * public address given (students' address and class code; apart, the teacher's link with its key).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { showCode } from '../hub/code.ts';
import { startHubServer } from '../hub/server.ts';
import { chosenClass } from './classChoice.ts';
import { runCli, UserError } from './common.ts';

/**
 * Every process holds every open class, so the class limit is the whole installation's. 200 is an
 * assumption: a class of 40 students × 20 turns is a few hundred kilobytes of records, so 200
 * add well under 200 MB to a process (the measured 40-class load peaked at 160–180 MB a process,
 * its 1,600 connections included).
 */
const HOSTED_LIMITS = { maxClasses: 200 } as const;

const USAGE = `usage: npm run class:hosted -- --redis redis://HOST:PORT [--port N] [--host ADDRESS] [--game DIR]
       npm run class:hosted -- --redis redis://HOST:PORT --open-class --url https://ADDRESS [--scenario ID] [--seed SEED] [--json]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      redis: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      game: { type: 'string' },
      'open-class': { type: 'boolean' },
      url: { type: 'string' },
      scenario: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(USAGE);
  const redisUrl = values.redis;
  if (!redisUrl || !/^rediss?:\/\/[^\s]+$/.test(redisUrl)) throw new UserError(`--redis: the Redis holding the classes, like redis://127.0.0.1:6379\n${USAGE}`);
  const log = (line: string) => console.log(`[hub] ${line}`);
  if (values['open-class']) return openClass(redisUrl, values);

  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port: a port number, got "${values.port}"`);
  const game = values.game ?? join(fileURLToPath(new URL('../../', import.meta.url)), 'dist');
  const staticDir = existsSync(join(game, 'index.html')) ? game : undefined;
  const server = await startHubServer({ host: values.host ?? '0.0.0.0', port, redisUrl, log, limits: HOSTED_LIMITS, ...(staticDir ? { staticDir } : {}) }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new UserError(`--port: port ${port} is in use; choose another with --port`);
    if (error.code === 'ECONNREFUSED') throw new UserError(`--redis: no Redis answers at ${redisUrl}`);
    throw error;
  });
  console.log(`hub listening on port ${server.port} (${server.hub.openClasses().length} classes in Redis)${staticDir ? '' : '; no built game to serve (npm run build)'}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function openClass(redisUrl: string, values: { url?: string | undefined; scenario?: string | undefined; seed?: string | undefined; json?: boolean | undefined }): Promise<void> {
  const url = values.url?.replace(/\/$/, '');
  if (!url || !/^https?:\/\/[^\s/]+/.test(url)) throw new UserError('--url: the public address students open, like https://class.example.org');
  const info = chosenClass(values);
  // A hub of its own for a moment: the class goes into Redis and the running processes hear of it.
  const server = await startHubServer({ host: '127.0.0.1', port: 0, redisUrl, limits: HOSTED_LIMITS });
  const opened = await server.hub.openClass(info);
  await server.close();
  if ('error' in opened) throw new UserError(opened.error);
  const joinUrl = `${url}/?class=${opened.code}`;
  const teacherUrl = `${url}/?teach=${opened.code}#key=${opened.key}`;
  if (values.json) return console.log(JSON.stringify({ ...opened, joinUrl, teacherUrl }));
  console.log(`Class open: ${info.scenarioId}, seed ${info.seed}, ${info.turns} turns

Students open:   ${joinUrl}
Class code:      ${showCode(opened.code)}

Teacher's page (send it to the teacher only; it holds the teacher key):
  ${teacherUrl}`);
}

runCli(main);
