/**
 * Ids that name a property every JavaScript object has: `constructor` is a valid id and plays
 * exactly as any other id would; `toString` and `__proto__` are refused, each with its message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, createGame, step } from '../../src/engine/index.ts';
import { parsePolicyText } from '../../src/policy/load.ts';
import { playPolicy } from '../../src/policy/run.ts';
import { parseScenarioText } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

const SHIPPED = readFileSync('scenarios/vraem-2012.json', 'utf8');

/** The shipped scenario with one id renamed everywhere it is used. */
function renamed(from: string, to: string): Scenario {
  const parsed = parseScenarioText(SHIPPED.replaceAll(`"${from}"`, `"${to}"`).replaceAll(`${from}@`, `${to}@`).replaceAll(`.${from}.`, `.${to}.`));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

const policyText = (body: object) => JSON.stringify({ name: 'p', description: 'p', levers: { developmentFunding: 40 }, ...body });

function outcomes(scenario: Scenario, policy: string, seed = '7'): number[] {
  const parsed = parsePolicyText(policy, scenario);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const game = playPolicy(scenario, parsed.value, seed, { explain: false });
  return assess(scenario, game.states[game.states.length - 1]!).map((c) => c.value);
}

describe('ids that are names of object properties', () => {
  it('a community named "constructor", left out of an allocation, gets no money, as any other id would', () => {
    const policy = policyText({ allocation: { kimbiri: 1, huanta: 1 } });
    const asConstructor = outcomes(renamed('pichari', 'constructor'), policy);
    expect(asConstructor.every(Number.isFinite)).toBe(true);
    expect(asConstructor).toEqual(outcomes(renamed('pichari', 'other-place'), policy));
  });

  it('a choice event named "constructor" is answered like any other', () => {
    const policy = policyText({});
    const asConstructor = outcomes(renamed('donor-mission', 'constructor'), policy);
    expect(asConstructor).toEqual(outcomes(renamed('donor-mission', 'other-card'), policy));
  });

  it('the engine refuses an answer missing for a choice named "constructor" instead of taking a function for it', () => {
    const scenario = renamed('donor-mission', 'constructor');
    let state = createGame(scenario, '7');
    for (let turn = 0; turn < scenario.calendar.turns && !state.pendingChoices.some((p) => p.key === 'constructor'); turn++) {
      const choices = Object.fromEntries(state.pendingChoices.map((p) => [p.key, scenario.events.find((e) => e.id === p.eventId)!.choice!.options[0]!.id]));
      const result = step(scenario, state, { levers: { eradicationPace: 60 }, choices }, { explain: false });
      if (!result.ok) throw new Error(result.error.message);
      state = result.state;
    }
    expect(state.pendingChoices.some((p) => p.key === 'constructor')).toBe(true);
    const others = Object.fromEntries(state.pendingChoices.filter((p) => p.key !== 'constructor').map((p) => [p.key, scenario.events.find((e) => e.id === p.eventId)!.choice!.options[0]!.id]));
    const result = step(scenario, state, { choices: others }, { explain: false });
    expect(result.ok || result.error.message).toMatch(/^choices\.constructor: an answer is needed \(one of /);
  });

  it('refuses "toString" and "__proto__" as scenario ids, with the rule for ids', () => {
    for (const id of ['toString', '__proto__']) {
      const parsed = parseScenarioText(SHIPPED.replace('"id": "pichari"', `"id": "${id}"`));
      expect(parsed.ok || parsed.errors[0]).toMatch(/^communities\[0\]\.id: expected an id of lower-case letters, digits and dashes/);
    }
  });

  it('refuses a policy naming "toString" or "__proto__", by path', () => {
    const scenario = renamed('pichari', 'pichari');
    const refused = (body: object | string) => {
      const parsed = parsePolicyText(typeof body === 'string' ? body : policyText(body), scenario);
      return parsed.ok ? null : parsed.errors;
    };
    expect(refused({ allocation: { toString: 1 } })).toEqual(['allocation.toString: unknown community "toString"']);
    expect(refused({ choices: { rule: 'first', byEvent: { constructor: 'a' } } })).toEqual(['choices.byEvent.constructor: no choice event "constructor" in this scenario']);
    expect(refused('{"name":"p","description":"p","levers":{},"allocation":{"__proto__":{"pichari":5},"kimbiri":1}}')).toEqual(['allocation.__proto__: "__proto__" is not accepted as a key']);
    expect(refused('{"name":"p","description":"p","levers":{"__proto__":1}}')).toEqual(['levers.__proto__: "__proto__" is not accepted as a key']);
  });
});
