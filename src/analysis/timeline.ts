/**
 * "What really happened": the scenario's dated real events, each with the citation of the source
 * that reports it, for the end screen, the debrief and the printed handout.
 */
import type { Scenario, TimelineEntry } from '../scenario/schema.ts';

export interface TimelineItem {
  readonly date: string;
  readonly title: string;
  readonly text: string;
  readonly grade: TimelineEntry['grade'];
  /** The source's citation (author, title, publication, date) with the place in it. */
  readonly citation: string;
  readonly url: string | null;
}

/** The timeline, oldest first (ISO dates sort as text). */
export function timelineOf(scenario: Scenario): TimelineItem[] {
  const sources = new Map(scenario.sources.map((s) => [s.id, s]));
  return scenario.timeline
    .map((entry) => {
      const source = sources.get(entry.source);
      const cited = source ? [source.author, source.title, source.publication, source.date].join(', ') : entry.source;
      return { date: entry.date, title: entry.title, text: entry.text, grade: entry.grade, citation: `${cited} (${entry.locator})`, url: source?.url ?? null };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
