/**
 * npm run class -- [--scenario ID] [--seed S] [--port N] [--host ADDRESS] [--journal DIR] [--new] [--open]
 * The live class on the teacher's laptop: builds the game if needed, serves it and the hub on
 * the local network on one port, opens a class (or takes back the one a restart interrupted)
 * and prints what students need (the address, as text and a QR code, and the class code) and,
 * apart, the teacher's link, which carries the teacher key (and, with --open, opens it in this
 * computer's browser). Nothing is fetched from the internet; the class's data stays in the
 * journal folder until the class ends.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { startHubServer } from '../hub/server.ts';
import { showCode } from '../hub/code.ts';
import { buildIfNeeded } from './classBuild.ts';
import { chosenClass } from './classChoice.ts';
import { positiveInt, runCli, UserError } from './common.ts';

const USAGE = 'usage: npm run class -- [--scenario ID] [--seed SEED] [--port N] [--host ADDRESS] [--journal DIR] [--new] [--open]';
const DEFAULT_PORT = 8080;

/** IPv4 addresses of this computer on its networks (not the loopback). */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address));
}

/** Opens a link in this computer's browser; where that fails, the printed link is there to copy. */
function openInBrowser(url: string): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('(Could not open a browser: copy the teacher link above into one.)'));
  child.unref();
}

interface TeacherFile {
  readonly id: string;
  readonly code: string;
  readonly key: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      seed: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      journal: { type: 'string' },
      new: { type: 'boolean' },
      open: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const asked = chosenClass(values);
  const port = values.port === '0' ? 0 : positiveInt(values.port, '--port', DEFAULT_PORT);
  const journalDir = values.journal ?? join(root, 'class-journal');
  const secrets = join(journalDir, 'teacher');
  mkdirSync(secrets, { recursive: true, mode: 0o700 });

  const dist = await buildIfNeeded(root, (line) => console.log(line));
  const extraFiles = new Map<string, { type: string; body: string }>();
  const server = await startHubServer({
    host: values.host ?? '0.0.0.0',
    port,
    journalDir,
    staticDir: dist,
    extraFiles,
    log: (line) => console.log(`[hub] ${line}`),
    onEnded: (id) => rmSync(join(secrets, `${id}.json`), { force: true }),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new UserError(`--port: port ${port} is in use; choose another with --port`);
    throw error;
  });

  // The class a restart interrupted is taken back (its teacher link still works), unless --new.
  const kept = values.new
    ? undefined
    : server.hub.openClasses().flatMap((c) => {
        const file = join(secrets, `${c.id}.json`);
        return existsSync(file) ? [{ ...c, ...(JSON.parse(readFileSync(file, 'utf8')) as TeacherFile) }] : [];
      })[0];
  let teacher: TeacherFile;
  let info = kept?.info;
  if (kept) teacher = kept;
  else {
    info = asked;
    const opened = await server.hub.openClass(asked);
    if ('error' in opened) throw new UserError(opened.error);
    teacher = opened;
    writeFileSync(join(secrets, `${opened.id}.json`), JSON.stringify(opened), { mode: 0o600 });
  }

  const host = values.host ?? '0.0.0.0';
  const hosts = host === '0.0.0.0' ? lanAddresses() : [host];
  const shownPort = server.port === 80 ? '' : `:${server.port}`;
  const joinUrl = `http://${hosts[0] ?? '127.0.0.1'}${shownPort}/?class=${teacher.code}`;
  extraFiles.set('/class-qr.svg', { type: 'image/svg+xml', body: await QRCode.toString(joinUrl, { type: 'svg', margin: 2 }) });
  extraFiles.set('/class.json', { type: 'application/json', body: JSON.stringify({ joinUrl, code: teacher.code }) });
  const teacherUrl = `http://127.0.0.1${shownPort}/?teach=${teacher.code}#key=${teacher.key}`;

  console.log(`
Live class ${kept ? 'taken back after a restart' : 'open'}: ${info!.scenarioId}, seed ${info!.seed}, ${info!.turns} turns

Students open:   ${joinUrl}
${hosts.slice(1).map((h) => `  (or)         http://${h}${shownPort}/?class=${teacher.code}\n`).join('')}Class code:      ${showCode(teacher.code)}
`);
  console.log(await QRCode.toString(joinUrl, { type: 'terminal', small: true }));
  if (hosts.length === 0) console.log('No network found: students cannot reach this computer. Join a Wi-Fi network or a classroom router and start again.\n');
  console.log(`Teacher's page (on this computer only; it holds the teacher key, do not share it):
  ${teacherUrl}

Stop with Ctrl+C; the class continues where it was when you start again.`);
  if (values.open) openInBrowser(teacherUrl);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

runCli(main);
