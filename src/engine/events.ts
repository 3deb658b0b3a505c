/**
 * Event cards: drawn after the mechanisms, in scenario order (and community order within a
 * community event), one draw per event and community every turn whether or not it is
 * eligible, so the stream of random numbers never depends on the state.
 */
import type { Condition, Effect, EventCard, Scenario } from '../scenario/schema.ts';
import type { LeverId } from '../scenario/vocabulary.ts';
import type { Ledger } from './ledger.ts';
import type { Rng } from './rng.ts';
import { communitySlot, globalSlot } from './slots.ts';
import type { PendingChoice, PriceModifier } from './state.ts';
import { tablesOf } from './tables.ts';
import { toDisplay, toInternal } from './units.ts';

export interface FiredEvent {
  readonly eventId: string;
  readonly community: string | null;
  readonly title: string;
  /** True when the player must answer it with next turn's decisions. */
  readonly choice: boolean;
}

export interface EventOutcome {
  budgetAdjustment: number;
  modifiers: PriceModifier[];
}

/** The event card with this id, from an index built once per scenario (lookups stay constant-time however many cards). */
export function eventById(scenario: Scenario, id: string): EventCard | undefined {
  return tablesOf(scenario).eventById.get(id);
}

const compare = (left: number, op: '<' | '<=' | '>' | '>=', right: number): boolean =>
  op === '<' ? left < right : op === '<=' ? left <= right : op === '>' ? left > right : left >= right;

function holds(condition: Condition, scenario: Scenario, ledger: Ledger, levers: Record<LeverId, number>, community: number | null): boolean {
  switch (condition.kind) {
    case 'community': {
      let value: number;
      if (community !== null) value = ledger.at(communitySlot(community, condition.metric));
      else {
        value = 0;
        for (let i = 0; i < ledger.communityCount; i++) value += ledger.at(communitySlot(i, condition.metric)) / ledger.communityCount;
      }
      return compare(toDisplay(condition.metric, value), condition.op, condition.value);
    }
    case 'global':
      return compare(toDisplay(condition.metric, ledger.globalAt(globalSlot(condition.metric))), condition.op, condition.value);
    case 'lever':
      return compare(levers[condition.lever], condition.op, condition.value);
    case 'zone':
      return community !== null && scenario.communities[community]!.zone === condition.zone;
    case 'trait': {
      if (community === null) return false;
      const def = scenario.communities[community]!;
      if (condition.trait === 'committee') return def.committee.status !== 'none' || ledger.at(communitySlot(community, 'committeeStrength')) >= 1000;
      return def[condition.trait];
    }
  }
}

function allHold(conditions: readonly Condition[], scenario: Scenario, ledger: Ledger, levers: Record<LeverId, number>, community: number | null): boolean {
  for (let i = 0; i < conditions.length; i++) if (!holds(conditions[i]!, scenario, ledger, levers, community)) return false;
  return true;
}

/**
 * Applies an event's (or a chosen option's) effects through the ledger: changes to trust,
 * security, influence and the armed group's strength in saturating steps, like a mechanism's.
 */
export function applyEffects(
  scenario: Scenario,
  effects: readonly Effect[],
  event: EventCard,
  community: number | null,
  ledger: Ledger,
  outcome: EventOutcome,
): void {
  const tables = tablesOf(scenario);
  const cause = tables.eventCauseBase + tables.eventIndex.get(event.id)!;
  for (const effect of effects) {
    switch (effect.kind) {
      case 'community': {
        const amount = toInternal(effect.metric, effect.change);
        const [first, last] = community === null ? [0, ledger.communityCount - 1] : [community, community];
        for (let i = first; i <= last; i++) {
          ledger.change(communitySlot(i, effect.metric), amount, cause);
        }
        break;
      }
      case 'global':
        ledger.change(globalSlot(effect.metric), toInternal(effect.metric, effect.change), cause);
        break;
      case 'price':
        outcome.modifiers.push({ price: effect.price, factor: effect.factor, turnsLeft: effect.turns, source: event.id });
        break;
      case 'budget':
        outcome.budgetAdjustment += Math.round(effect.change * 1000);
        break;
    }
  }
}

/** Draws this turn's events (turn is 1-based) and applies their immediate effects. */
export function drawEvents(
  scenario: Scenario,
  turn: number,
  ledger: Ledger,
  levers: Record<LeverId, number>,
  history: readonly number[],
  rng: Rng,
  outcome: EventOutcome,
): { fired: FiredEvent[]; pending: PendingChoice[]; history: readonly number[] } {
  const fired: FiredEvent[] = [];
  const pending: PendingChoice[] = [];
  const { eventKeys, eventSlot, communityIds } = tablesOf(scenario);
  // Copied on the first card that fires: most turns share last turn's history.
  let next: number[] | undefined;
  const lastTurn = turn >= scenario.calendar.turns;
  const events = scenario.events;
  for (let e = 0; e < events.length; e++) {
    const event = events[e]!;
    const inWindow = turn >= event.fromTurn && (event.untilTurn === undefined || turn <= event.untilTurn);
    // A choice can only be answered if another turn follows.
    const possible = inWindow && !(event.choice && lastTurn);
    const keys = eventKeys[e]!;
    for (let target = 0; target < keys.length; target++) {
      const draw = rng.next();
      if (!possible || draw >= event.probability) continue;
      const community = event.scope === 'global' ? null : target;
      const communityId = community === null ? null : communityIds[community]!;
      const key = keys[target]!;
      const slot = eventSlot[e]! + target;
      const last = history[slot]!;
      if (last > 0 && (event.once || turn - last <= event.cooldownTurns)) continue;
      if (!allHold(event.conditions, scenario, ledger, levers, community)) continue;
      applyEffects(scenario, event.effects, event, community, ledger, outcome);
      (next ??= history.slice())[slot] = turn;
      fired.push({ eventId: event.id, community: communityId, title: event.title, choice: event.choice !== undefined });
      if (event.choice) pending.push({ key, eventId: event.id, community: communityId });
    }
  }
  return { fired, pending, history: next ?? history };
}
