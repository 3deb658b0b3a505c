/**
 * Look-up tables derived once per scenario, so a turn never searches the scenario by name: lever
 * definitions by id, event cards by id, each event's history keys per community, and the table
 * of causes (mechanism or event card with its evidence) that the explanation record points into.
 */
import type { EventCard, LeverDef, Scenario } from '../scenario/schema.ts';
import { MECHANISM_IDS, type LeverId, type MechanismId } from '../scenario/vocabulary.ts';
import type { Cause } from './record.ts';

export interface ScenarioTables {
  readonly communityIds: readonly string[];
  readonly leverById: ReadonlyMap<string, LeverDef>;
  /** Each lever's maximum, 0 for a lever the scenario leaves out. */
  readonly leverMax: Readonly<Record<LeverId, number>>;
  readonly eventById: ReadonlyMap<string, EventCard>;
  readonly eventIndex: ReadonlyMap<string, number>;
  /** History keys per event: `[eventId]` for a region-wide card, `eventId@community` per community otherwise. */
  readonly eventKeys: readonly (readonly string[])[];
  /** Where each event's entries start in GameState.eventHistory (one per key), and their total. */
  readonly eventSlot: readonly number[];
  readonly eventSlots: number;
  /** Every cause a change can have: the mechanisms in their order, then the event cards. */
  readonly causes: readonly Cause[];
  readonly mechanismCause: Readonly<Record<MechanismId, number>>;
  /** Cause index of event card i is `eventCauseBase + i`. */
  readonly eventCauseBase: number;
}

const cache = new WeakMap<Scenario, ScenarioTables>();

export function tablesOf(scenario: Scenario): ScenarioTables {
  let tables = cache.get(scenario);
  if (!tables) {
    tables = buildTables(scenario);
    cache.set(scenario, tables);
  }
  return tables;
}

function buildTables(scenario: Scenario): ScenarioTables {
  const communityIds = scenario.communities.map((c) => c.id);
  const leverMax: Record<LeverId, number> = { eradicationPace: 0, developmentFunding: 0, committeeSupport: 0, committeeOversight: 0, militaryOperations: 0 };
  for (const lever of scenario.levers) leverMax[lever.id] = lever.max;
  const causes: Cause[] = MECHANISM_IDS.map((id) => ({ mechanism: id, evidence: scenario.mechanisms[id].evidence[0] ?? '' }));
  const mechanismCause = Object.fromEntries(MECHANISM_IDS.map((id, i) => [id, i])) as Record<MechanismId, number>;
  const eventCauseBase = causes.length;
  for (const event of scenario.events) causes.push({ mechanism: `event:${event.id}`, evidence: event.evidence[0] ?? '' });
  const eventKeys = scenario.events.map((event) => (event.scope === 'global' ? [event.id] : communityIds.map((id) => `${event.id}@${id}`)));
  const eventSlot: number[] = [];
  let eventSlots = 0;
  for (const keys of eventKeys) {
    eventSlot.push(eventSlots);
    eventSlots += keys.length;
  }
  return {
    communityIds,
    leverById: new Map(scenario.levers.map((lever) => [lever.id, lever])),
    leverMax,
    eventById: new Map(scenario.events.map((event) => [event.id, event])),
    eventIndex: new Map(scenario.events.map((event, i) => [event.id, i])),
    eventKeys,
    eventSlot,
    eventSlots,
    causes,
    mechanismCause,
    eventCauseBase,
  };
}
