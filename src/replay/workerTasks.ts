/**
 * The heavy work of the debrief and the end screen, as tasks a Web Worker runs off the page's
 * main thread (and Node tests run directly): reading and verifying replay files, keeping each
 * verified game for when it is opened, replaying a run on many seeds, and finding a run's most
 * consequential decisions. What goes in and comes out is plain data (and the dropped files
 * themselves, which a worker reads without the page's help).
 */
import { validateScenarioText, type FileReport } from '../authoring/validateFile.ts';
import { analyzeConsequences, SHOWN_DECISIONS, type ConsequenceAnalysis, type RunRecord } from '../analysis/consequences.ts';
import { createGame, step, type Decisions, type GameState, type TurnReport } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { readMany, type Read } from './readPicked.ts';
import { seedSeries, type SeedSeries } from '../analysis/outcomeBand.ts';
import type { Levers } from '../analysis/plans.ts';
import { verdict, type Verdict, type VerdictAsked } from '../analysis/scenarioVerdicts.ts';
import type { Policy } from '../policy/schema.ts';
import { outcomesOnSeeds } from './analysis.ts';
import { runGame, runSummary, type RunGame, type RunSummary } from './runSummary.ts';
import type { Replay } from './schema.ts';
import { loadReplayText, sameJson } from './verify.ts';

export type LoadedRun = RunSummary | { ok: false; error: string };

export interface Tasks {
  /** Replays of these scenarios' ids must carry them unchanged; told first, the worker then warms up on the scenarios named in `warm` (see ./warmUp.ts). */
  shipped: { input: { scenarios: Scenario[]; warm?: string[] }; output: null };
  /** Each file read, verified and summarised, in order; the worker keeps each verified game. */
  load: { input: { files: File[] }; output: LoadedRun[] };
  /** The whole game of a run this worker loaded. */
  game: { input: { handle: number }; output: RunGame };
  /** Forgets every game kept (a new debrief). */
  release: { input: Record<never, never>; output: null };
  /**
   * A run's decisions replayed on some seeds: each criterion's outcome on each seed, by criterion
   * id (the page gathers every worker's seeds into the spread: percentiles do not add up). The
   * scenario, or the id of a shipped one (not copied on every request).
   */
  outcomes: { input: { scenario: Scenario | string; decisions: Decisions[]; seeds: string[] }; output: Record<string, number[]> };
  /** A run's most consequential decisions (see analyzeConsequences), from its scenario, seed and decisions. */
  consequences: { input: { scenario: Scenario; seed: string; decisions: Decisions[] }; output: ConsequenceAnalysis };
  /** Some seeds of an outcome band: of a scenario, or of a shipped one named by id (not copied on every lever move); a policy, if given, is played instead of the levers. */
  bandSeries: { input: { scenario: Scenario | string; played: Decisions[]; levers: Partial<Levers>; seeds: string[]; policy?: Policy }; output: SeedSeries };
  /** Some of a scenario's own checks and stylized facts, by kind and id (see ../analysis/scenarioVerdicts.ts). */
  verdicts: { input: { scenario: Scenario; asked: VerdictAsked[] }; output: Verdict[] };
  /** A scenario file's text checked as `npm run validate` checks it (the workshop's draft). */
  validate: { input: { text: string }; output: FileReport };
}

export type TaskName = keyof Tasks;
export type Task = { [K in TaskName]: { kind: K } & Tasks[K]['input'] }[TaskName];

let shipped: Scenario[] = [];
/** Each verified file, parsed and checked, with the scenario it plays, by handle. */
const kept = new Map<number, { replay: Replay; scenario: Scenario }>();
let nextHandle = 0;

export async function runTask<K extends TaskName>(task: { kind: K } & Tasks[K]['input']): Promise<Tasks[K]['output']> {
  const t = task as Task;
  switch (t.kind) {
    case 'shipped':
      shipped = t.scenarios;
      return null as Tasks[K]['output'];
    case 'load': {
      const reads = readMany(t.files);
      return (await Promise.all(t.files.map((file, i) => loadFile(file.name, reads[i]!)))) as Tasks[K]['output'];
    }
    case 'game': {
      const run = kept.get(t.handle);
      if (!run) throw new Error(`no run ${t.handle} kept`);
      return runGame(run.replay, run.scenario) as Tasks[K]['output'];
    }
    case 'release':
      kept.clear();
      return null as Tasks[K]['output'];
    case 'outcomes':
      return Object.fromEntries(outcomesOnSeeds(typeof t.scenario === 'string' ? shippedById(t.scenario) : t.scenario, t.decisions, t.seeds)) as Tasks[K]['output'];
    case 'consequences':
      return analyzeConsequences(t.scenario, replayed(t.scenario, t.seed, t.decisions), { channelsFor: SHOWN_DECISIONS }) as Tasks[K]['output'];
    case 'bandSeries':
      return seedSeries(typeof t.scenario === 'string' ? shippedById(t.scenario) : sameAsLast(t.scenario), t.played, t.levers, t.seeds, t.policy) as Tasks[K]['output'];
    case 'verdicts':
      return t.asked.map((asked) => verdict(t.scenario, asked)) as Tasks[K]['output'];
    case 'validate':
      return validateScenarioText(t.text) as Tasks[K]['output'];
  }
}

/** A run played again from its decisions, every state and report kept; a refused decision is an error. */
function replayed(scenario: Scenario, seed: string, decisions: readonly Decisions[]): RunRecord {
  const states: GameState[] = [createGame(scenario, seed)];
  const reports: TurnReport[] = [];
  for (const decided of decisions) {
    const result = step(scenario, states[states.length - 1]!, decided);
    if (!result.ok) throw new Error('the engine refused the recorded decisions');
    states.push(result.state);
    reports.push(result.report);
  }
  return { states, reports, decisions };
}

async function loadFile(name: string, reading: Promise<Read>): Promise<LoadedRun> {
  const read = await reading;
  if (!read.ok) return read;
  const loaded = loadReplayText(read.text, { shipped });
  if (!loaded.ok) return loaded;
  const handle = nextHandle++;
  kept.set(handle, { replay: loaded.replay, scenario: loaded.scenario });
  return runSummary(name, loaded, handle, shipped);
}

/**
 * A scenario that is not shipped arrives as a fresh copy with every lever move; while it is the
 * same as the last one, the last one is used, so the band keeps the games it has already played
 * up to the scrubbed turn (see seedSeries).
 */
let lastCopy: Scenario | null = null;
function sameAsLast(scenario: Scenario): Scenario {
  if (lastCopy === null || !sameJson(lastCopy, scenario)) lastCopy = scenario;
  return lastCopy;
}

function shippedById(id: string): Scenario {
  const scenario = shipped.find((s) => s.id === id);
  if (!scenario) throw new Error(`no shipped scenario "${id}"`);
  return scenario;
}
