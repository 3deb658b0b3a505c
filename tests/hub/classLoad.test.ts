import { describe, expect, it } from 'vitest';
import { redisInstalled } from '../../src/cli/localRedis.ts';
import { runCli } from '../cli/run.ts';

describe('npm run class:load', () => {
  it('plays small classes on loopback and finds every turn at its teacher once, verified', async () => {
    const result = await runCli('src/cli/classLoad.ts', ['--classes', '2', '--students', '3', '--turns', '3', '--think', '0', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const figures = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(figures).toMatchObject({ turnsSent: 18, turnsAtTeachers: 18, verified: 18, duplicates: 0, flagged: 0, refused: 0, ok: true });
    expect((figures['latencyMs'] as { p99: number }).p99).toBeGreaterThan(0);
    expect(figures['hubPeakRssMb']).toBeGreaterThan(10);
  }, 120_000);

  it.skipIf(!redisInstalled())('--hosted plays them against two hub processes sharing a Redis, and measures each process and Redis', async () => {
    const result = await runCli('src/cli/classLoad.ts', ['--hosted', '--classes', '2', '--students', '3', '--turns', '3', '--think', '0', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const figures = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(figures).toMatchObject({ hosted: true, turnsSent: 18, turnsAtTeachers: 18, verified: 18, duplicates: 0, flagged: 0, refused: 0, ok: true });
    expect(figures['hubsPeakRssMb']).toHaveLength(2);
    expect(figures['redisPeakRssMb']).toBeGreaterThan(1);
  }, 120_000);
});
