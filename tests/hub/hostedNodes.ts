/** Hosted hub processes for the tests: `npm run class:hosted` on a free loopback port, and a class opened in Redis. */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export interface HubProcess {
  readonly port: number;
  readonly url: string;
  readonly child: ChildProcess;
  /** kill -9, and wait for it to be gone. */
  kill(): Promise<void>;
}

const CLI = ['--import', 'tsx', 'src/cli/classHosted.ts'];

/** A hub process; with `game`, serving the built game from that folder too. */
export async function hubProcess(redisUrl: string, game = '/nonexistent'): Promise<HubProcess> {
  const child = spawn(process.execPath, [...CLI, '--redis', redisUrl, '--port', '0', '--host', '127.0.0.1', '--game', game], { stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`the hub process did not start: ${said}`)), 30_000);
    const listen = (data: Buffer) => {
      said += data.toString();
      const found = /hub listening on port (\d+)/.exec(said);
      if (found) {
        clearTimeout(timer);
        resolve(Number(found[1]));
      }
    };
    child.stdout!.on('data', listen);
    child.stderr!.on('data', listen);
    child.once('exit', (code) => reject(new Error(`the hub process stopped (${code}): ${said}`)));
  });
  return {
    port,
    url: `ws://127.0.0.1:${port}/hub`,
    child,
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

export async function openHostedClass(redisUrl: string, scenario: string, seed: string): Promise<{ id: string; code: string; key: string }> {
  const { stdout } = await promisify(execFile)(process.execPath, [...CLI, '--redis', redisUrl, '--open-class', '--url', 'http://127.0.0.1', '--scenario', scenario, '--seed', seed, '--json']);
  return JSON.parse(stdout) as { id: string; code: string; key: string };
}
