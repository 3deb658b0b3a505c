/** Shared test fixtures: the shipped scenario, state variants, and running one mechanism in isolation. */
import { readFileSync } from 'node:fs';
import { buildContext } from '../../src/engine/context.ts';
import { Ledger } from '../../src/engine/ledger.ts';
import { Emitter, type Mechanism, type Scheduled } from '../../src/engine/mechanism.ts';
import { deltasOf, type Delta } from '../../src/engine/record.ts';
import { tablesOf } from '../../src/engine/tables.ts';
import type { Rng } from '../../src/engine/rng.ts';
import { produceState } from '../../src/engine/immutable.ts';
import { createGame, defaultLevers, type CommunityState, type GameState } from '../../src/engine/state.ts';
import { parsePolicyText } from '../../src/policy/load.ts';
import type { Policy } from '../../src/policy/schema.ts';
import { parseScenarioText } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import type { LeverId } from '../../src/scenario/vocabulary.ts';

export function loadScenario(file = 'scenarios/vraem-2012.json'): Scenario {
  const parsed = parseScenarioText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join('; ')}`);
  return parsed.value;
}

export const vraem = loadScenario();

export function loadPolicy(name: string, scenario: Scenario = vraem): Policy {
  const parsed = parsePolicyText(readFileSync(`policies/${name}.json`, 'utf8'), scenario);
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors.join('; ')}`);
  return parsed.value;
}

/** A policy built in code: constant levers (all five given), optional per-turn overrides. */
export function makePolicy(levers: Record<LeverId, number>, turns: Policy['turns'] = []): Policy {
  return { name: 'test', description: 'test policy', levers, turns, choices: { rule: 'first', byEvent: {} } };
}

/** The same scenario without event cards, to isolate the mechanisms. */
export function withoutEvents(scenario: Scenario): Scenario {
  return { ...scenario, events: [] };
}

type Metrics = Partial<Omit<CommunityState, 'id' | 'licitMaturing' | 'replantQueue'>>;

/** A copy of the state with every community's metrics patched (internal units). */
export function withCommunities(state: GameState, patch: Metrics | ((c: CommunityState, i: number) => Metrics)): GameState {
  return produceState(state, (draft) => {
    draft.communities.forEach((c, i) => Object.assign(c, typeof patch === 'function' ? patch(c, i) : patch));
  });
}

export function seeds(count: number, prefix = 's'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`);
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** A generator that returns the given value for every draw. */
export function fixedRng(value: number): Rng {
  return { next: () => value, state: () => ({ c: 0, s0: 0, s1: 0, s2: 0 }) };
}

export interface MechanismRun {
  readonly deltas: Delta[];
  readonly scheduled: Scheduled[];
  /** Sum of the deltas for one metric, in internal units; community by id, or null for region-wide. */
  total(metric: Delta['metric'], community?: string | null): number;
}

/** Runs one mechanism on a state with the given levers and draws; returns what it emitted. */
export function runMechanism(
  mechanism: Mechanism,
  options: { scenario?: Scenario; state?: GameState; levers?: Partial<Record<LeverId, number>>; draw?: number } = {},
): MechanismRun {
  const scenario = options.scenario ?? vraem;
  const state = options.state ?? createGame(scenario, 'unit');
  const levers = { ...defaultLevers(scenario), ...options.levers };
  const ctx = buildContext(scenario, state, levers, scenario.communities.map(() => 1), fixedRng(options.draw ?? 0.5));
  const ledger = new Ledger(state, true, tablesOf(scenario));
  const out = new Emitter(ctx, ledger).attribute(mechanism.id);
  mechanism.run(ctx, out);
  const deltas = deltasOf(ledger.record());
  return {
    deltas,
    scheduled: out.scheduled,
    total: (metric, community) =>
      deltas.filter((d) => d.metric === metric && (community === undefined || d.community === community)).reduce((sum, d) => sum + d.amount, 0),
  };
}
