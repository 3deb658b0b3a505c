import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WarmUp, warmUpSteps } from '../../src/replay/warmUp.ts';
import { shippedScenario, SHIPPED } from '../analysis/scenario.ts';

// What each step plays, recorded through the functions the warm-up calls.
const calls: string[] = [];
vi.mock('../../src/analysis/outcomeBand.ts', async (original) => {
  const real = await original<typeof import('../../src/analysis/outcomeBand.ts')>();
  return { ...real, seedSeries: (...args: Parameters<typeof real.seedSeries>) => (calls.push(`band ${args[3].length}`), real.seedSeries(...args)) };
});
vi.mock('../../src/replay/analysis.ts', async (original) => {
  const real = await original<typeof import('../../src/replay/analysis.ts')>();
  return { ...real, spreadAcrossSeeds: (...args: Parameters<typeof real.spreadAcrossSeeds>) => (calls.push(`spread ${args[2].length}`), real.spreadAcrossSeeds(...args)) };
});
vi.mock('../../src/replay/verify.ts', async (original) => {
  const real = await original<typeof import('../../src/replay/verify.ts')>();
  return { ...real, loadReplayText: (...args: Parameters<typeof real.loadReplayText>) => (calls.push('load'), real.loadReplayText(...args)) };
});

const shipped = SHIPPED.map(shippedScenario);

describe('warmUpSteps', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('warms the named scenario in steps of five games or one file, bands first, so a task waits for one short step at most', () => {
    const steps = warmUpSteps(shipped, ['classroom-short']);
    const perStep = steps.map((step) => {
      calls.length = 0;
      step();
      return calls.join(', ');
    });
    expect(perStep.slice(0, 20)).toEqual(Array(20).fill('band 5'));
    expect(perStep.slice(20, 24)).toEqual(Array(4).fill('load'));
    // The first spread step also reads the file its decisions come from.
    expect(perStep.slice(24)).toEqual(['load, spread 5', ...Array(19).fill('spread 5')]);
  });

  it('warms only the scenarios named', () => {
    expect(warmUpSteps(shipped, [])).toEqual([]);
  });
});

describe('WarmUp', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  /** Runs every step left. */
  const runAll = (warm: WarmUp) => {
    while (warm.runOne());
  };

  it('warms a scenario picked later first, finishes the one before it after, and tells when each is done', () => {
    const done: string[] = [];
    const warm = new WarmUp((id) => done.push(id));
    const perScenario = warmUpSteps(shipped, ['classroom-short']).length;
    warm.name(shipped, ['vraem-2012']);
    for (let i = 0; i < 5; i++) warm.runOne();
    warm.name(shipped, ['classroom-short']);
    expect(warm.waiting).toBe(2 * perScenario - 5);
    for (let i = 0; i < perScenario; i++) warm.runOne();
    expect(done).toEqual(['classroom-short']);
    runAll(warm);
    expect(done).toEqual(['classroom-short', 'vraem-2012']);
    expect(warm.runOne()).toBe(false);
  });

  it('warms a scenario named twice once, and none it does not ship', () => {
    const done: string[] = [];
    const warm = new WarmUp((id) => done.push(id));
    warm.name(shipped, ['classroom-short']);
    const waiting = warm.waiting;
    warm.name(shipped, ['classroom-short', 'a-players-own-file']);
    expect(warm.waiting).toBe(waiting);
    runAll(warm);
    warm.name(shipped, ['classroom-short']);
    expect(warm.waiting).toBe(0);
    expect(done).toEqual(['classroom-short']);
  });
});
