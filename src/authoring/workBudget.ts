/**
 * How much simulation `npm run validate` may do on one file, so that any accepted file is
 * checked in under 10 s on a classroom laptop. Work is counted in units fitted to what the
 * engine spends on a turn: 5 per random draw of an event card, 1 per condition tested or effect
 * applied when it fires (a community-wide one counts once per community), 40 per community for
 * the mechanisms. Measured on this project's 2-core machine under load: about 7.5 million units
 * a second (the largest files the schema accepts play one game in 1–5 s).
 */
import type { EventCard, Scenario, ScenarioCheck } from '../scenario/schema.ts';
import type { Finding } from './checks.ts';

const DRAW = 5;
const MECHANISMS_PER_COMMUNITY = 40;
/** The scenario's own checks may use this much (about 3 s). */
export const CHECKS_BUDGET = 22_000_000;
/** The default dry run is shortened to this much (about 2 s), never below one game. */
export const DRY_RUN_BUDGET = 15_000_000;

function eventWork(event: EventCard, communities: number): number {
  const global = event.scope === 'global';
  const spread = (kind: string) => (global && kind === 'community' ? communities : 1);
  const conditions = event.conditions.reduce((sum, c) => sum + spread(c.kind), 0);
  const answers = Math.max(0, ...(event.choice?.options ?? []).map((o) => o.effects.reduce((sum, e) => sum + spread(e.kind), 0)));
  const effects = event.effects.reduce((sum, e) => sum + spread(e.kind), 0) + answers;
  return (global ? 1 : communities) * (DRAW + event.probability * (conditions + effects));
}

/** Work of one game of `turns` turns. */
export function gameWork(scenario: Scenario, turns = scenario.calendar.turns): number {
  const communities = scenario.communities.length;
  const perTurn = communities * MECHANISMS_PER_COMMUNITY + scenario.events.reduce((sum, e) => sum + eventWork(e, communities), 0);
  return turns * perTurn;
}

function checkWork(scenario: Scenario, check: ScenarioCheck): number {
  const turns = Math.min(scenario.calendar.turns, Math.max(check.turn, 'turn' in check.than ? check.than.turn : 0));
  const policies = 'policy' in check.than ? 2 : 1;
  return check.seeds * policies * gameWork(scenario, turns);
}

/** An error when the checks together would take too long to run. */
export function checksWithinBudget(scenario: Scenario): Finding[] {
  const work = scenario.checks.reduce((sum, check) => sum + checkWork(scenario, check), 0);
  if (work <= CHECKS_BUDGET) return [];
  const share = CHECKS_BUDGET / work;
  return [
    {
      level: 'error',
      path: 'checks',
      message: `the checks would take ${(work / 1e6).toFixed(0)} million units of simulation (seeds × turns × communities × event cards), more than the ${CHECKS_BUDGET / 1e6} million that keep validation under 10 s: use about ${Math.max(1, Math.floor(share * 100))}% of the seeds, or fewer checks`,
    },
  ];
}

/** Seeds for the default dry run: the asked number, fewer for a scenario too large to play that often. */
export function dryRunSeeds(scenario: Scenario, asked: number): number {
  return Math.max(1, Math.min(asked, Math.floor(DRY_RUN_BUDGET / gameWork(scenario))));
}
