/**
 * What the hub's loopback tests start — hubs on free ports, journal folders, clients — stopped
 * after each test, in the reverse order they started.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { startHubServer, type HubServer, type HubServerOptions } from '../../src/hub/server.ts';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** Runs `step` once the current test ends. */
export const afterThisTest = (step: () => unknown): void => {
  cleanup.push(step);
};

/** A folder of its own for this test (a hub's journal), removed after it. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterThisTest(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A hub on loopback (a free port unless one is named), closed after the test. */
export async function hubServer(options: Partial<HubServerOptions> = {}): Promise<HubServer> {
  const server = await startHubServer({ host: '127.0.0.1', port: 0, ...options });
  afterThisTest(() => server.close());
  return server;
}
