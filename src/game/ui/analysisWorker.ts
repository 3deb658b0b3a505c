/**
 * The page's side of the analysis workers: a few workers (one per spare core, at most four),
 * started on first use and told the shipped scenarios once. Replay files are shared out among
 * them; other tasks go to the first. An outcome band also takes one more worker, on the core the
 * pool leaves to the page, since the page waits idle for it. Where a worker cannot start (an old
 * browser, a host that forbids it) the same tasks run on the page, slower but correct.
 */
import { bandFromSeries, seedSeries, type OutcomeBand } from '../../analysis/outcomeBand.ts';
import type { Levers } from '../../analysis/plans.ts';
import type { Decisions } from '../../engine/index.ts';
import type { RunGame } from '../../replay/runSummary.ts';
import type { WarmUp } from '../../replay/warmUp.ts';
import { runTask, type LoadedRun, type TaskName, type Tasks } from '../../replay/workerTasks.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { shippedScenarios } from '../scenarios.ts';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; task: Parameters<typeof runTask>[0] };

let pool: Worker[] | null | undefined;
let lastMs = 0;

/** Milliseconds the last task answered by a worker spent computing (for the benchmarks' breakdown). */
export const lastComputeMs = (): number => lastMs;
let next = 0;
const pending = new Map<number, Pending>();

function startOne(warm: WarmUp = 'all'): Worker {
  const w = new Worker(new URL('../../replay/worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<{ id: number; ok: boolean; value?: unknown; error?: string; ms?: number }>) => {
    const { id, ok, value, error, ms } = event.data;
    if (ms !== undefined) lastMs = ms;
    const p = pending.get(id);
    pending.delete(id);
    if (ok) p?.resolve(value);
    else p?.reject(new Error(error));
  };
  // A worker whose script cannot load (a page opened from a file, a host that forbids it) fails
  // here, not at construction: its tasks, and all later ones, run on the page instead of hanging.
  w.onerror = (event) => {
    event.preventDefault();
    pool = null;
    void runTask({ kind: 'shipped', scenarios: [...shippedScenarios()] });
    for (const [id, p] of pending) {
      pending.delete(id);
      runTask(p.task).then(p.resolve, (error: unknown) => p.reject(error instanceof Error ? error : new Error(String(error))));
    }
  };
  w.postMessage({ id: next++, task: { kind: 'shipped', scenarios: shippedScenarios(), warm } });
  return w;
}

function workers(): Worker[] | null {
  if (pool !== undefined) return pool;
  try {
    const size = Math.min(4, Math.max(1, (navigator.hardwareConcurrency || 2) - 1));
    pool = Array.from({ length: size }, () => startOne());
  } catch {
    void runTask({ kind: 'shipped', scenarios: [...shippedScenarios()] });
    pool = null;
  }
  return pool;
}

function send<K extends TaskName>(worker: Worker, task: { kind: K } & Tasks[K]['input']): Promise<Tasks[K]['output']> {
  const id = next++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject, task });
    worker.postMessage({ id, task });
  });
}

let bandHelper: Worker | null | undefined;

/**
 * The workers a band's seeds are shared among: the pool, and a helper on the core the pool
 * leaves to the page (a band keeps the page waiting, not working). Started with the first band,
 * the helper warms only the band's path.
 */
function bandWorkers(): Worker[] | null {
  const all = workers();
  if (!all) return null;
  if (bandHelper === undefined) {
    try {
      bandHelper = (navigator.hardwareConcurrency || 2) > all.length ? startOne('bands') : null;
    } catch {
      bandHelper = null;
    }
  }
  return bandHelper ? [...all, bandHelper] : all;
}

/** Starts the workers ahead of need: they warm their hot paths while the teacher picks files. */
export function startWorkers(): void {
  workers();
}

/** Runs a task in the first worker (or on the page if there is none). */
export function inWorker<K extends TaskName>(task: { kind: K } & Tasks[K]['input']): Promise<Tasks[K]['output']> {
  const all = workers();
  return all ? send(all[0]!, task) : runTask(task);
}

/** A loaded file's result, and the worker that keeps its game. */
export interface PlacedRun {
  readonly result: LoadedRun;
  readonly worker: number;
}

/**
 * Reads, verifies and summarises replay files, shared out among the workers (the files
 * themselves are posted: the workers read them, not the page); results in the files' order.
 */
export async function loadInWorkers(files: readonly File[]): Promise<PlacedRun[]> {
  const all = workers();
  const place = (results: LoadedRun[], worker: number) => results.map((result) => ({ result, worker }));
  if (!all) return place(await runTask({ kind: 'load', files: [...files] }), 0);
  const share = Math.ceil(files.length / all.length);
  const parts = await Promise.all(all.map((w, i) => (i * share < files.length ? send(w, { kind: 'load', files: files.slice(i * share, (i + 1) * share) }) : Promise.resolve([]))));
  return parts.flatMap(place);
}

/** The whole game of a loaded run, from the worker that keeps it. */
export function gameInWorker(worker: number, handle: number): Promise<RunGame> {
  const all = workers();
  return all ? send(all[worker]!, { kind: 'game', handle }) : runTask({ kind: 'game', handle });
}

/** Lets the workers forget the games of a debrief left behind. */
export function releaseRuns(): void {
  const all = workers();
  if (all) for (const w of all) void send(w, { kind: 'release' });
  else void runTask({ kind: 'release' });
}

/** A band, and where it was worked out (on the page only where no worker can start). */
export interface PlacedBand {
  readonly band: OutcomeBand;
  readonly where: 'workers' | 'page';
}

/**
 * An outcome band, its seeds shared out among the workers. A shipped scenario is named by id
 * (the workers hold it); another (loaded from a file, or a changed copy in a replay) is sent.
 */
export async function bandInWorkers(scenario: Scenario, played: readonly Decisions[], levers: Partial<Levers>, seeds: readonly string[]): Promise<PlacedBand> {
  const all = bandWorkers();
  if (!all) return { band: bandFromSeries(scenario, played.length, seedSeries(scenario, played, levers, seeds)), where: 'page' };
  const named = shippedScenarios().includes(scenario) ? scenario.id : scenario;
  const task = (part: readonly string[]) => ({ kind: 'bandSeries' as const, scenario: named, played: [...played], levers: { ...levers }, seeds: [...part] });
  const share = Math.ceil(seeds.length / all.length);
  const parts = await Promise.all(all.map((w, i) => (i * share < seeds.length ? send(w, task(seeds.slice(i * share, (i + 1) * share))) : Promise.resolve([]))));
  return { band: bandFromSeries(scenario, played.length, parts.flat()), where: 'workers' };
}
