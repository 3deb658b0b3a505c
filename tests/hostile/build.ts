/**
 * Builders for the hostile corpus: scenarios and replays derived from the shipped files, made
 * as large, deep or strange as an attacker (or an over-eager author) would make them.
 */
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { playPolicy } from '../../src/policy/run.ts';
import { recordReplay } from '../../src/replay/record.ts';
import type { Replay } from '../../src/replay/schema.ts';

export const SHIPPED_FILE = 'scenarios/vraem-2012.json';

/** A fresh, mutable copy of the shipped scenario's JSON. */
export function shippedJson(): Record<string, any> {
  return JSON.parse(readFileSync(SHIPPED_FILE, 'utf8'));
}

export function shippedScenario(): Scenario {
  const parsed = parseScenario(shippedJson());
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

/**
 * The most expensive scenario the schema accepts: 40 communities, 200 turns, 200 community
 * events with 8 conditions each, and checks comparing two policies at the last turn up to the
 * validator's work budget. `npm run validate` must finish it in under 10 s.
 */
export function worstAcceptedScenario(variant: { scope?: 'global' | 'community'; probability?: number; effects?: number; checks?: boolean } = {}): Record<string, any> {
  const s = shippedJson();
  const base = s.communities as Record<string, any>[];
  s.communities = Array.from({ length: 40 }, (_, i) => ({ ...base[i % base.length], id: `place-${i}`, name: `Place ${i}`, shortName: `P${i}` }));
  s.calendar.turns = 200;
  s.calibration = [];
  // Its communities and cards are new texts, so the shipped translations would name texts it lacks.
  s.translations = {};
  const evidence = s.evidence[0].id;
  s.events = Array.from({ length: 200 }, (_, i) => ({
    id: `card-${i}`,
    title: `Card ${i}`,
    text: 'Something happens.',
    evidence: [evidence],
    scope: variant.scope ?? 'community',
    probability: variant.probability ?? 0.05,
    conditions: Array.from({ length: 8 }, () => ({ kind: 'community', metric: 'trust', op: '>=', value: 0 })),
    once: i % 2 === 0,
    effects: Array.from({ length: variant.effects ?? 1 }, () => ({ kind: 'community', metric: 'trust', change: 0.1 })),
    ...(i % 4 === 1 ? { choice: { prompt: 'Which?', options: [{ id: 'a', label: 'A', effects: [] }, { id: 'b', label: 'B', effects: Array.from({ length: variant.effects ?? 0 }, () => ({ kind: 'community', metric: 'security', change: 0.1 })) }] } } : {}),
  }));
  const check = s.checks[0];
  // One seed of two policies over 200 turns: about 19 of the 22 million units checks may use.
  s.checks = variant.checks === false ? [] : [{ ...check, id: 'check-0', turn: 200, seeds: 1, margin: 0, than: { policy: check.than.policy } }];
  return s;
}

/** A replay of the shipped scenario played with its check policy, as the game writes it. */
export function shippedReplay(seed = '7', turns?: number): Replay {
  const scenario = shippedScenario();
  const policy = { name: 'p', description: 'p', levers: { eradicationPace: 20, developmentFunding: 30 }, turns: [], choices: { rule: 'first' as const, byEvent: {} } };
  const game = playPolicy(scenario, policy, seed, { explain: false, ...(turns === undefined ? {} : { turns }) });
  return recordReplay({ scenario, seed, ...game }, 'Ana');
}

/**
 * The forgery a student might try: the shipped scenario made easier (trust and security +40,
 * no events) under the shipped id and version, with every hash re-recorded honestly for it.
 */
export function forgedEasierReplay(id?: string): Replay {
  const raw = shippedJson();
  // Under an id of its own (the shipped title kept), it is a look-alike custom scenario.
  if (id) raw.id = id;
  for (const c of raw.communities) {
    c.trust = Math.min(100, c.trust + 40);
    c.security = Math.min(100, c.security + 40);
  }
  raw.events = [];
  // Calibration notes on what the forger removed or changed go with it.
  raw.calibration = raw.calibration.filter((note: { path: string }) => !/\.(trust|security)$/.test(note.path) && !note.path.startsWith('events['));
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const policy = { name: 'p', description: 'p', levers: {}, turns: [], choices: { rule: 'first' as const, byEvent: {} } };
  return recordReplay({ scenario: parsed.value, seed: '7', ...playPolicy(parsed.value, policy, '7', { explain: false }) }, 'Forger');
}

/** `depth` nested arrays, closed or left open. */
export const nested = (depth: number, open = '[', close = ']', closed = true): string => open.repeat(depth) + (closed ? close.repeat(depth) : '');
