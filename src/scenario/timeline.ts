/**
 * "What really happened": the scenario's dated timeline, each entry placed on the game's own
 * calendar and given a citation the screens can print as it stands.
 */
import type { Scenario, TimelineEntry } from './schema.ts';

export interface HistoryEntry extends TimelineEntry {
  /** The turn whose months contain the date (1-based), or null when it falls outside the game. */
  readonly turn: number | null;
  /** Author, title, publication, date and the locator, ready to print. */
  readonly citation: string;
}

type Source = Scenario['sources'][number];

/** A one-line citation of a passage: `Author, "Title", Publication, date, locator.` */
export function citeSource(source: Source, locator: string): string {
  const where = [source.publication, source.date, locator].filter((part) => part.length > 0).join(', ');
  return `${source.author}, “${source.title}”, ${where}.`;
}

/** The game turn that contains a date such as "2013-08" or "2013-08-11"; a bare year maps to its first month. */
export function turnOfDate(calendar: Scenario['calendar'], date: string): number | null {
  const year = Number(date.slice(0, 4));
  const month = date.length >= 7 ? Number(date.slice(5, 7)) : 1;
  const monthsIn = (year - calendar.startYear) * 12 + (month - 1) - (calendar.startQuarter - 1) * 3;
  if (monthsIn < 0) return null;
  const turn = Math.floor(monthsIn / calendar.turnMonths) + 1;
  return turn <= calendar.turns ? turn : null;
}

export function history(scenario: Scenario): HistoryEntry[] {
  const sources = new Map(scenario.sources.map((s) => [s.id, s]));
  return scenario.timeline.map((entry) => {
    const source = sources.get(entry.source);
    return {
      ...entry,
      turn: turnOfDate(scenario.calendar, entry.date),
      citation: source ? citeSource(source, entry.locator) : entry.locator,
    };
  });
}
