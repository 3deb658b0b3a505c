/**
 * What an adviser can see before a turn: what happened last quarter (an abuse, a reprisal, money
 * lost on its way, a good or bad harvest, an event card) and what the player just did (a lever
 * raised or lowered). Read from two states only, the one the player is deciding on and the one a
 * turn earlier, so the same game always gives the same situations. Pure.
 *
 * The thresholds are assumptions, chosen so that a situation names something a student would
 * notice on the screen: a third of development money lost, eradication at 40 or more (the level
 * the levers' notes call a drive), a household income 3 % higher or lower, a point of trust.
 */
import { summarizeRegion, type GameState, type RegionSummary } from '../engine/index.ts';
import { leakageShare } from '../engine/leakage.ts';
import { tablesOf } from '../engine/tables.ts';
import { metricScale } from '../engine/units.ts';
import type { Scenario } from '../scenario/schema.ts';
import { LEVER_IDS } from '../scenario/vocabulary.ts';

export const DRIVE_PACE = 40;
export const LEAKING_SHARE = 1 / 3;
export const HARVEST_CHANGE = 0.03;
export const CLAN_STRONG = 40;

/** Population-weighted share of development money lost before it reaches the field. */
export function meanLeakage(scenario: Scenario, state: GameState): number {
  const scale = metricScale('trust');
  let weight = 0;
  let lost = 0;
  state.communities.forEach((c, i) => {
    const w = scenario.communities[i]!.population;
    weight += w;
    lost += w * leakageShare(scenario, c.committeeStrength / scale, c.insurgentInfluence / scale);
  });
  return weight > 0 ? lost / weight : 0;
}

/** Event cards that came up in the turn that led to `state`. */
function eventsLastTurn(scenario: Scenario, state: GameState): string[] {
  if (state.turn === 0) return [];
  const { eventSlot, eventSlots } = tablesOf(scenario);
  return scenario.events.filter((_, i) => {
    const end = eventSlot[i + 1] ?? eventSlots;
    for (let slot = eventSlot[i]!; slot < end; slot++) if (state.eventHistory[slot] === state.turn) return true;
    return false;
  }).map((e) => `event:${e.id}`);
}

/** Every situation that holds before the turn played from `state`; `previous` is the state a turn earlier (the same on the first turn). */
export function situations(scenario: Scenario, previous: GameState, state: GameState, summaries?: { now: RegionSummary; before: RegionSummary }): Set<string> {
  const now = summaries?.now ?? summarizeRegion(scenario, state);
  const before = summaries?.before ?? summarizeRegion(scenario, previous);
  const found = new Set<string>();
  const add = (name: string, holds: boolean) => holds && found.add(name);
  const lever = (id: (typeof LEVER_IDS)[number]) => (scenario.levers.some((l) => l.id === id) ? state.lastLevers[id] : 0);
  add('start', state.turn === 0);
  add('abuse', now.abuses > before.abuses);
  add('reprisal', now.reprisals > before.reprisals);
  add('civilian-harm', now.civilianHarm > before.civilianHarm);
  add('money-leaking', lever('developmentFunding') > 0 && meanLeakage(scenario, state) >= LEAKING_SHARE);
  add('eradication-drive', lever('eradicationPace') >= DRIVE_PACE);
  add('no-eradication', lever('eradicationPace') === 0);
  add('good-harvest', state.turn > 0 && now.meanIncome >= before.meanIncome * (1 + HARVEST_CHANGE));
  add('bad-harvest', state.turn > 0 && now.meanIncome <= before.meanIncome * (1 - HARVEST_CHANGE));
  add('coca-rising', now.cocaHectares > before.cocaHectares);
  add('coca-falling', now.cocaHectares < before.cocaHectares);
  const strong = now.clanStrength >= CLAN_STRONG || now.clanStrength > before.clanStrength;
  add('clan-strong', strong);
  add('clan-weak', !strong);
  add('trust-falling', now.meanTrust <= before.meanTrust - 1);
  add('trust-rising', now.meanTrust >= before.meanTrust + 1);
  add('security-falling', now.meanSecurity <= before.meanSecurity - 1);
  for (const id of LEVER_IDS) {
    add(`raised-${id}`, state.lastLevers[id] > previous.lastLevers[id]);
    add(`lowered-${id}`, state.lastLevers[id] < previous.lastLevers[id]);
  }
  for (const event of eventsLastTurn(scenario, state)) found.add(event);
  return found;
}
