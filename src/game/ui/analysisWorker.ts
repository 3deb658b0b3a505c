/**
 * The page's side of the analysis workers: a few workers (one per spare core, at most four, and
 * one more on the core left to the page, which waits idle while they work), started once the
 * title screen is drawn and told the shipped scenarios (again when more are fetched); they warm
 * on the scenario the title shows, and on each one the player picks there. Replay files and the seeds of outcome bands and spreads are shared out
 * among them all; a run's consequences and other tasks go to the first. Where a worker cannot
 * start (an old browser, a host that forbids it) or fails, the same tasks run on the page, slower
 * but correct, and the panels say so.
 */
import { seedSeries, type SeedSeries } from '../../analysis/outcomeBand.ts';
import type { ConsequenceAnalysis } from '../../analysis/consequences.ts';
import { PlanRefused, type Levers } from '../../analysis/plans.ts';
import { verdict, type Verdict, type VerdictAsked } from '../../analysis/scenarioVerdicts.ts';
import type { Policy } from '../../policy/schema.ts';
import type { Decisions } from '../../engine/index.ts';
import { gatherOutcomes, outcomesOnSeeds } from '../../replay/analysis.ts';
import type { RunGame } from '../../replay/runSummary.ts';
import type { FileReport } from '../../authoring/validateFile.ts';
import { runTask, type LoadedRun, type TaskName, type Tasks } from '../../replay/workerTasks.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { DEFAULT_SCENARIO_ID, shippedScenarios } from '../scenarios.ts';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; task: Parameters<typeof runTask>[0] };

let pool: Worker[] | null | undefined;
let lastMs = 0;

/** Milliseconds the last task answered by a worker spent computing (for the benchmarks' breakdown). */
export const lastComputeMs = (): number => lastMs;
let next = 0;
const pending = new Map<number, Pending>();

/** The shipped scenarios the workers are asked to warm: the one the title shows, then each one picked there. */
const warmIds: string[] = [];
/** Per scenario, the workers that have said it is warm. */
const warmIn = new Map<string, Set<Worker>>();

/**
 * Notes that a worker finished warming a scenario; once every worker has, the page's body says
 * so in `data-workers-warm` (the scenarios' ids), which the benchmarks and tests read.
 */
function noteWarm(w: Worker, id: string): void {
  const workers = warmIn.get(id) ?? new Set<Worker>();
  warmIn.set(id, workers.add(w));
  const all = allWorkers() ?? [];
  const warm = [...warmIn].filter(([, by]) => all.every((worker) => by.has(worker))).map(([scenario]) => scenario);
  document.body.dataset.workersWarm = warm.join(' ');
}

function startOne(): Worker {
  const w = new Worker(new URL('../../replay/worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<{ id: number; ok: boolean; value?: unknown; error?: string; refused?: boolean; ms?: number } | { warmed: string }>) => {
    if ('warmed' in event.data) return noteWarm(w, event.data.warmed);
    const { id, ok, value, error, refused, ms } = event.data;
    if (ms !== undefined) lastMs = ms;
    const p = pending.get(id);
    pending.delete(id);
    if (ok) p?.resolve(value);
    else p?.reject(refused ? new PlanRefused(error) : new Error(error));
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
  tell(w, warmIds.length ? warmIds : [DEFAULT_SCENARIO_ID]);
  return w;
}

/** The shipped scenarios each worker was last told: it knows those by id. */
const told = new Map<Worker, readonly Scenario[]>();

/**
 * Tells a worker the shipped scenarios, again whenever more have been fetched since (see
 * ../scenarios.ts), and always when it is asked to warm on some: messages arrive in order, so
 * every task sent after it finds them.
 */
function tell(w: Worker, warm?: string[]): void {
  const scenarios = shippedScenarios();
  if (told.get(w) === scenarios && !warm) return;
  told.set(w, scenarios);
  w.postMessage({ id: next++, task: { kind: 'shipped', scenarios, ...(warm ? { warm } : {}) } });
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
  // A task asked for after a worker failed (a later part of a load) runs on the page like the rest.
  if (pool === null) return runTask(task);
  tell(worker);
  const id = next++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject, task });
    worker.postMessage({ id, task });
  });
}

/** Items (files, seeds) in equal parts, one part per worker in order, none to a worker left without; answers in the same order. */
function shareOut<I, T>(all: readonly Worker[], items: readonly I[], ask: (worker: Worker, part: I[], index: number) => Promise<T>): Promise<T[]> {
  const share = Math.ceil(items.length / all.length);
  const parts = all.map((worker, index) => ({ worker, index, part: items.slice(index * share, (index + 1) * share) })).filter(({ part }) => part.length > 0);
  return Promise.all(parts.map(({ worker, part, index }) => ask(worker, part, index)));
}

let helper: Worker | null | undefined;

/**
 * Every worker: the pool, and a helper on the core the pool leaves to the page, for work the page
 * waits on idle (replay files, the seeds of bands and spreads). It warms like the others.
 */
function allWorkers(): Worker[] | null {
  const all = workers();
  if (!all) return null;
  if (helper === undefined) {
    try {
      helper = (navigator.hardwareConcurrency || 2) > all.length ? startOne() : null;
    } catch {
      helper = null;
    }
  }
  return helper ? [...all, helper] : all;
}

/**
 * Starts the workers and the helper ahead of need: they warm their hot paths on the scenario
 * the title shows (the default one if none is given) while the title screen waits for the
 * player, or the teacher picks files.
 */
export function startWorkers(showing?: Scenario): void {
  if (showing) warmOn(showing);
  allWorkers();
}

/**
 * Asks the workers to warm on a shipped scenario the player picked (first, before what is left
 * of the others); a player's own file is not warmed (its tables are built on its first task).
 */
export function warmOn(scenario: Scenario): void {
  if (!shippedScenarios().includes(scenario) || warmIds.includes(scenario.id)) return;
  warmIds.push(scenario.id);
  // Workers not started yet warm on it when they start (see startOne).
  if (pool) for (const w of allWorkers() ?? []) tell(w, [scenario.id]);
}

/** A loaded file's result, and the worker that keeps its game. */
export interface PlacedRun {
  readonly result: LoadedRun;
  readonly worker: number;
}

/**
 * Files a worker is handed at a time. Each worker is handed its next part once it has answered
 * one, so the page takes in the summaries as they come (rather than 250 from each of two workers
 * at the very end), a faster worker takes more parts, and the page can say how far the load has
 * come: 500 files are 20 parts, verified in 1.1-2 s in all by the two workers of the 2-core
 * test machine, so the page hears from them every 50-100 ms or so.
 */
const LOAD_PART = 25;

/**
 * Reads, verifies and summarises replay files, shared out among the workers a part at a time
 * (the files themselves are posted: the workers read them, not the page); `progress` hears how
 * many are done after each part; results in the files' order.
 */
export async function loadInWorkers(files: readonly File[], progress: (done: number) => void = () => undefined): Promise<PlacedRun[]> {
  const all = allWorkers();
  if (!all) {
    const results = await runTask({ kind: 'load', files: [...files] });
    progress(files.length);
    return results.map((result) => ({ result, worker: 0 }));
  }
  // A class of a few dozen files is shared out evenly (40 files: 20 to each of two workers, not 25 and 15).
  const size = Math.min(LOAD_PART, Math.ceil(files.length / all.length));
  const placed: PlacedRun[] = [];
  let handedOut = 0;
  let done = 0;
  const work = async (worker: Worker, index: number) => {
    while (handedOut < files.length) {
      const from = handedOut;
      handedOut += size;
      const results = await send(worker, { kind: 'load', files: files.slice(from, from + size) });
      for (const [i, result] of results.entries()) placed[from + i] = { result, worker: index };
      done += results.length;
      progress(done);
    }
  };
  await Promise.all(all.map(work));
  return placed;
}

/** The whole game of a loaded run, from the worker that keeps it. */
export function gameInWorker(worker: number, handle: number): Promise<RunGame> {
  const all = allWorkers();
  return all ? send(all[worker]!, { kind: 'game', handle }) : runTask({ kind: 'game', handle });
}

/** Lets the workers forget the games of a debrief left behind. */
export function releaseRuns(): void {
  const all = allWorkers();
  if (all) for (const w of all) void send(w, { kind: 'release' });
  else void runTask({ kind: 'release' });
}


/**
 * A run's most consequential decisions, in the first worker (warm since the title screen; it
 * used to be a worker of its own, started cold with each request and carrying a third copy of the
 * validation library): the analysis, the milliseconds it took, and where.
 */
export async function consequencesInWorkers(scenario: Scenario, seed: string, decisions: readonly Decisions[]): Promise<{ analysis: ConsequenceAnalysis; computeMs: number; where: 'worker' | 'page' }> {
  const all = workers();
  const task = { kind: 'consequences' as const, scenario, seed, decisions: [...decisions] };
  if (!all) {
    const started = performance.now();
    const analysis = await runTask(task);
    return { analysis, computeMs: performance.now() - started, where: 'page' };
  }
  const analysis = await send(all[0]!, task);
  return { analysis, computeMs: lastMs, where: computedOn() === 'page' ? 'page' : 'worker' };
}

/** Where bands and spreads are worked out: the workers, or the page where none could start or one failed. */
export type Where = 'workers' | 'page';
export const computedOn = (): Where => (pool === null ? 'page' : 'workers');

/**
 * Some seeds of an outcome band, shared out among every worker. A shipped
 * scenario is named by id (the workers hold it); another (loaded from a file, or a changed copy
 * in a replay) is sent.
 */
export async function bandSeriesInWorkers(scenario: Scenario, played: readonly Decisions[], levers: Partial<Levers>, seeds: readonly string[], policy?: Policy): Promise<SeedSeries> {
  const all = allWorkers();
  if (!all) return seedSeries(scenario, played, levers, seeds, policy);
  const named = shippedScenarios().includes(scenario) ? scenario.id : scenario;
  const parts = await shareOut(all, seeds, (worker, part) => send(worker, { kind: 'bandSeries', scenario: named, played: [...played], levers: { ...levers }, seeds: part, ...(policy ? { policy } : {}) }));
  return parts.flat();
}

/**
 * The workshop's draft checked as `npm run validate` checks it (a shipped file takes 130–230 ms,
 * too long for the page's thread), in an analysis worker, not one of its own (which carried a
 * third copy of the validation library); on the page where no worker could start.
 */
export async function validateInWorker(text: string): Promise<{ report: FileReport; ms: number; where: 'worker' | 'page' }> {
  const all = workers();
  const started = performance.now();
  const report = all ? await send(all[all.length - 1]!, { kind: 'validate', text }) : await runTask({ kind: 'validate', text });
  return { report, ms: performance.now() - started, where: all && computedOn() === 'workers' ? 'worker' : 'page' };
}

/** A scenario's checks and stylized facts (see scenarioVerdicts.ts), shared out among every worker; answers in the order asked. */
export async function verdictsInWorkers(scenario: Scenario, asked: readonly VerdictAsked[]): Promise<Verdict[]> {
  const all = allWorkers();
  if (!all) return asked.map((one) => verdict(scenario, one));
  const parts = await shareOut(all, asked, (worker, part) => send(worker, { kind: 'verdicts', scenario, asked: part }));
  return parts.flat();
}

/**
 * A run's decisions played on some seeds (see outcomesOnSeeds), the seeds shared out among every
 * worker, the helper too (started with the pool, it is as warm): each criterion's outcome
 * on each seed, in the seeds' order.
 */
export async function outcomesInWorkers(scenario: Scenario, decisions: readonly Decisions[], seeds: readonly string[]): Promise<Record<string, number[]>> {
  const all = allWorkers();
  if (!all) return Object.fromEntries(outcomesOnSeeds(scenario, decisions, seeds));
  const named = shippedScenarios().includes(scenario) ? scenario.id : scenario;
  const parts = await shareOut(all, seeds, (worker, part) => send(worker, { kind: 'outcomes', scenario: named, decisions: [...decisions], seeds: part }));
  return Object.fromEntries(gatherOutcomes(parts));
}
