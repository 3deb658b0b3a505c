/**
 * Every number of a scenario and of a policy driven to extremes, one field at a time: 0, the
 * smallest double, 1e308 (and, by fast-check, any double). Each file is either refused, with a
 * one-line message, or plays a whole game in which every number of every state, report,
 * summary and assessment stays finite.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstNonFinite } from '../../src/authoring/finiteNumbers.ts';
import { assess, createGame, eventById, step, summarizeCommunities, summarizeRegion, type Decisions, type GameState } from '../../src/engine/index.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { policyDecisions } from '../../src/policy/run.ts';
import type { Policy } from '../../src/policy/schema.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

type Json = Record<string, any>;
type Path = (string | number)[];

const SCENARIO: Json = JSON.parse(readFileSync('scenarios/classroom-short.json', 'utf8'));
const POLICY: Json = { name: 'p', description: 'p', levers: { eradicationPace: 40, developmentFunding: 20 }, allocation: Object.fromEntries(SCENARIO.communities.map((c: Json, i: number) => [c.id, i + 1])), turns: [{ from: 2, to: 4, levers: { committeeSupport: 10 }, allocation: { [SCENARIO.communities[0].id]: 2 } }] };
/** 0, the smallest double, the bound every field shares (numberBounds.ts) and 1e308. */
const EXTREMES = [0, Number.MIN_VALUE, 1e9, 1e308];

/** Every path to a number in a JSON value. */
function numericPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'number') return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => numericPaths(inner, [...path, Array.isArray(value) ? Number(key) : key]));
}

const pathText = (path: Path) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

function withValue(root: Json, path: Path, value: number): Json {
  const copy = structuredClone(root);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]!] = value;
  // A calibration note must say the same figure, or the file is refused for that alone.
  for (const note of copy.calibration ?? []) if (note.path === pathText(path)) note.value = value;
  return copy;
}

/** Plays to the end; the first number that is not finite, or null. A turn the engine refuses ends the game (a refusal, not a NaN). */
function playFinite(scenario: Scenario, decide: (state: GameState) => Decisions): string | null {
  let state = createGame(scenario, 'extreme');
  const check = (where: string) => {
    const found = firstNonFinite(state, 'state') ?? firstNonFinite(summarizeRegion(scenario, state), 'region') ?? firstNonFinite(summarizeCommunities(scenario, state), 'communities');
    return found ? `${where}: ${found.path} is ${found.value}` : null;
  };
  const start = check('start');
  if (start) return start;
  while (!state.finished) {
    const result = step(scenario, state, decide(state), { explain: true });
    if (!result.ok) return null;
    state = result.state;
    const broken = check(`turn ${state.turn}`) ?? (firstNonFinite(result.report, 'report') ? `turn ${state.turn}: ${firstNonFinite(result.report, 'report')!.path}` : null);
    if (broken) return broken;
  }
  const assessed = firstNonFinite(assess(scenario, state).map((c) => c.value), 'assessment');
  return assessed ? `end: ${assessed.path} is ${assessed.value}` : null;
}

const firstAnswers = (scenario: Scenario) => (state: GameState): Decisions => ({
  choices: Object.fromEntries(state.pendingChoices.map((p) => [p.key, eventById(scenario, p.eventId)!.choice!.options[0]!.id])),
});

function scenarioOutcome(json: Json): string | null {
  const parsed = parseScenario(json);
  if (!parsed.ok) {
    expect(parsed.errors[0]).not.toContain('\n');
    return null;
  }
  return playFinite(parsed.value, firstAnswers(parsed.value));
}

const shipped = (() => {
  const parsed = parseScenario(SCENARIO);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
})();

function policyOutcome(json: Json): string | null {
  const parsed = parsePolicy(json, shipped);
  if (!parsed.ok) return null;
  const policy: Policy = parsed.value;
  return playFinite(shipped, (state) => policyDecisions(shipped, policy, state));
}

describe('numbers at their extremes', () => {
  it('each numeric field of a scenario, at 0, the smallest double, 1e9 and 1e308: refused, or a finite game', () => {
    const broken: string[] = [];
    for (const path of numericPaths(SCENARIO)) {
      for (const value of EXTREMES) {
        const outcome = scenarioOutcome(withValue(SCENARIO, path, value));
        if (outcome) broken.push(`${pathText(path)} = ${value}: ${outcome}`);
      }
    }
    expect(broken).toEqual([]);
  }, 300_000);

  it('each numeric field of a policy, at 0, the smallest double, 1e9 and 1e308: refused, or a finite game', () => {
    const broken: string[] = [];
    for (const path of numericPaths(POLICY)) {
      for (const value of EXTREMES) {
        const outcome = policyOutcome(withValue(POLICY, path, value));
        if (outcome) broken.push(`${pathText(path)} = ${value}: ${outcome}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('any double in any field of a scenario or a policy: refused, or a finite game', () => {
    const scenarioPaths = numericPaths(SCENARIO).filter((p) => p[0] !== 'checks' && p[0] !== 'calibration');
    const policyPaths = numericPaths(POLICY);
    const double = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(fc.property(fc.constantFrom(...scenarioPaths), double, (path, value) => scenarioOutcome(withValue(SCENARIO, path, value)) === null), { numRuns: 150, seed: 23 });
    fc.assert(fc.property(fc.constantFrom(...policyPaths), fc.array(double, { minLength: 1, maxLength: 3 }), (path, values) => policyOutcome(values.reduce((json, v) => withValue(json, path, v), POLICY)) === null), { numRuns: 100, seed: 23 });
  }, 120_000);
});
