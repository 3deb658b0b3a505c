/**
 * The debrief's heavy work, as tasks a Web Worker runs off the page's main thread (and Node
 * tests run directly): loading and verifying replay files, and replaying a run on many seeds.
 * Pure: what goes in is plain data, what comes out is plain data.
 */
import type { Decisions } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { seedSeries, type SeedSeries } from '../analysis/outcomeBand.ts';
import type { Levers } from '../analysis/plans.ts';
import { spreadAcrossSeeds, type Spread } from './analysis.ts';
import { loadReplayText, type LoadedReplay } from './verify.ts';

export interface Tasks {
  /** Sent once: replays of these scenarios' ids must carry them unchanged. */
  shipped: { input: { scenarios: Scenario[] }; output: null };
  /** Each file's text loaded and verified, in order. */
  load: { input: { texts: string[] }; output: LoadedReplay[] };
  /**
   * A run's decisions replayed on other seeds: each criterion's median and 10th–90th percentile.
   * The scenario, or the id of a shipped one (not copied on every request).
   */
  spread: { input: { scenario: Scenario | string; decisions: Decisions[]; seeds: string[] }; output: Record<string, Spread> };
  /** Some seeds of an outcome band (a shipped scenario, named by id so it is not copied on every lever move). */
  bandSeries: { input: { scenarioId: string; played: Decisions[]; levers: Partial<Levers>; seeds: string[] }; output: SeedSeries };
}

export type TaskName = keyof Tasks;
export type Task = { [K in TaskName]: { kind: K } & Tasks[K]['input'] }[TaskName];

let shipped: Scenario[] = [];

export function runTask<K extends TaskName>(task: { kind: K } & Tasks[K]['input']): Tasks[K]['output'] {
  const t = task as Task;
  switch (t.kind) {
    case 'shipped':
      shipped = t.scenarios;
      return null as Tasks[K]['output'];
    case 'load':
      return t.texts.map((text) => loadReplayText(text, { shipped })) as Tasks[K]['output'];
    case 'spread':
      return spreadAcrossSeeds(typeof t.scenario === 'string' ? shippedById(t.scenario) : t.scenario, t.decisions, t.seeds) as Tasks[K]['output'];
    case 'bandSeries':
      return seedSeries(shippedById(t.scenarioId), t.played, t.levers, t.seeds) as Tasks[K]['output'];
  }
}

function shippedById(id: string): Scenario {
  const scenario = shipped.find((s) => s.id === id);
  if (!scenario) throw new Error(`no shipped scenario "${id}"`);
  return scenario;
}
