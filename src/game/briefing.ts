/**
 * The briefing a player reads before the first turn: the scenario's own pages on its place and
 * people (or, for a scenario without them, one page built from its own title, summary and
 * communities, never another scenario's text), then the player's role with the scenario's
 * calendar, then the levers. Every text comes from the scenario or the active string module.
 */
import type { Scenario } from '../scenario/schema.ts';
import { endYear, roundedPopulation } from '../scenario/texts.ts';
import { t } from './strings/index.ts';
import { fmt } from './ui/format.ts';

export interface BriefingPage {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export function briefingPages(scenario: Scenario): BriefingPage[] {
  const own = scenario.briefing.pages ?? [
    {
      heading: scenario.title,
      paragraphs: [scenario.summary, t.onboarding.generic.people(fmt.whole(roundedPopulation(scenario)), scenario.communities.length, scenario.communities.map((c) => c.name).join(', '))],
    },
  ];
  const { calendar } = scenario;
  return [
    ...own,
    { heading: t.onboarding.role.heading, paragraphs: [t.onboarding.role.paragraphs.quarters(calendar.turns, calendar.startYear, endYear(calendar)), t.onboarding.role.paragraphs.score] },
    { heading: t.onboarding.levers.heading, paragraphs: [t.onboarding.levers.intro] },
  ];
}

