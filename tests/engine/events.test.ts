import { describe, expect, it } from 'vitest';
import { createGame, type GameState } from '../../src/engine/state.ts';
import { step } from '../../src/engine/step.ts';
import { deltasOf } from '../../src/engine/record.ts';
import type { EventCard, Scenario } from '../../src/scenario/schema.ts';
import { vraem } from './helpers.ts';

const card = (overrides: Partial<EventCard>): EventCard => ({
  id: 'test-event',
  title: 'Test',
  text: 'Something happens.',
  evidence: ['zech-clan'],
  scope: 'global',
  probability: 1,
  conditions: [],
  fromTurn: 1,
  once: false,
  cooldownTurns: 0,
  effects: [],
  ...overrides,
});

const withEvents = (...events: EventCard[]): Scenario => ({ ...vraem, events });

function play(scenario: Scenario, turns: number, choose = 'a'): { state: GameState; fired: string[][] } {
  let state = createGame(scenario, 'events');
  const fired: string[][] = [];
  for (let t = 0; t < turns; t++) {
    const choices = Object.fromEntries(state.pendingChoices.map((p) => [p.key, choose]));
    const result = step(scenario, state, { choices });
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
    fired.push(result.report.events.map((e) => (e.community ? `${e.eventId}@${e.community}` : e.eventId)));
  }
  return { state, fired };
}

describe('event cards', () => {
  it('apply their effects at once, attributed to the event', () => {
    const scenario = withEvents(card({ effects: [{ kind: 'global', metric: 'clanStrength', change: -10 }] }));
    const result = step(scenario, createGame(scenario, 'e'), {});
    if (!result.ok) throw new Error(result.error.message);
    const delta = deltasOf(result.report.record).find((d) => d.mechanism === 'event:test-event');
    expect(delta).toEqual({ mechanism: 'event:test-event', community: null, metric: 'clanStrength', amount: -1000, evidence: 'zech-clan' });
  });

  it('respect conditions, turn windows and once', () => {
    const scenario = withEvents(
      card({ id: 'late', fromTurn: 3, untilTurn: 4 }),
      card({ id: 'once', once: true }),
      card({ id: 'never', conditions: [{ kind: 'lever', lever: 'eradicationPace', op: '>', value: 90 }] }),
      card({ id: 'highland', scope: 'community', conditions: [{ kind: 'zone', zone: 'highland' }] }),
    );
    const { fired } = play(scenario, 5);
    expect(fired[0]).toEqual(['once', 'highland@huanta', 'highland@luricocha']);
    expect(fired[1]).toEqual(['highland@huanta', 'highland@luricocha']);
    expect(fired[2]).toEqual(['late', 'highland@huanta', 'highland@luricocha']);
    expect(fired[4]).toEqual(['highland@huanta', 'highland@luricocha']);
  });

  it('wait out their cooldown before they can happen again', () => {
    const scenario = withEvents(card({ id: 'cool', cooldownTurns: 2 }), card({ id: 'local', scope: 'community', cooldownTurns: 3, conditions: [{ kind: 'zone', zone: 'highland' }] }));
    const { fired } = play(scenario, 8);
    const turnsOf = (key: string) => fired.flatMap((events, t) => (events.includes(key) ? [t + 1] : []));
    expect(turnsOf('cool')).toEqual([1, 4, 7]);
    expect(turnsOf('local@huanta')).toEqual([1, 5]);
  });

  it('fire with their probability over many seeds', () => {
    const scenario = withEvents(card({ probability: 0.3 }));
    let count = 0;
    for (let seed = 0; seed < 400; seed++) {
      const result = step(scenario, createGame(scenario, String(seed)), {});
      if (result.ok && result.report.events.length > 0) count++;
    }
    expect(count / 400).toBeGreaterThan(0.24);
    expect(count / 400).toBeLessThan(0.36);
  });

  it('wait for the player\'s answer when they offer a choice, then apply the option chosen', () => {
    const scenario = withEvents(
      card({
        once: true,
        choice: {
          prompt: 'Which?',
          options: [
            { id: 'a', label: 'A', effects: [{ kind: 'global', metric: 'clanStrength', change: -5 }] },
            { id: 'b', label: 'B', effects: [{ kind: 'budget', change: 25 }] },
          ],
        },
      }),
    );
    const first = step(scenario, createGame(scenario, 'c'), {});
    if (!first.ok) throw new Error(first.error.message);
    expect(first.state.pendingChoices).toEqual([{ key: 'test-event', eventId: 'test-event', community: null }]);
    const unanswered = step(scenario, first.state, {});
    expect(unanswered.ok ? null : unanswered.error.code).toBe('missing-choice');
    const wrong = step(scenario, first.state, { choices: { 'test-event': 'z' } });
    expect(wrong.ok ? null : wrong.error.message).toBe('choices.test-event: expected one of "a", "b", got "z"');
    const answered = step(scenario, first.state, { choices: { 'test-event': 'b' } });
    if (!answered.ok) throw new Error(answered.error.message);
    expect(answered.report.choices).toEqual([{ key: 'test-event', eventId: 'test-event', community: null, optionId: 'b' }]);
    expect(answered.state.budgetAdjustment).toBe(25_000);
  });

  it('never offer a choice on the last turn, when nobody could answer it', () => {
    const scenario = withEvents(card({ choice: { prompt: '?', options: [{ id: 'a', label: 'A', effects: [] }, { id: 'b', label: 'B', effects: [] }] } }));
    const { state, fired } = play(scenario, vraem.calendar.turns);
    expect(fired.at(-1)).toEqual([]);
    expect(state.pendingChoices).toEqual([]);
  });

  it('move prices for the turns they say', () => {
    const scenario = withEvents(card({ once: true, effects: [{ kind: 'price', price: 'cocaLeafPrice', factor: 0.5, turns: 2 }] }));
    const { state } = play(scenario, 1);
    expect(state.priceModifiers).toEqual([{ price: 'cocaLeafPrice', factor: 0.5, turnsLeft: 2, source: 'test-event' }]);
    expect(play(scenario, 3).state.priceModifiers).toEqual([]);
  });
});
