/**
 * "What really happened": the scenario's dated real events, each with the citation of the source
 * that reports it, for the end screen, the debrief and the printed handout. Scenarios without a
 * timeline (or written before it existed) simply have none.
 */
import { z } from 'zod';
import type { Scenario } from '../scenario/schema.ts';

const Entry = z.object({ date: z.string(), title: z.string(), text: z.string(), source: z.string(), locator: z.string().optional(), grade: z.string() });
const Source = z.object({ id: z.string(), author: z.string().optional(), title: z.string().optional(), publication: z.string().optional(), date: z.string().optional(), url: z.string().optional(), reference: z.string().optional() });

export interface TimelineItem {
  readonly date: string;
  readonly title: string;
  readonly text: string;
  readonly grade: string;
  /** The source's citation (author, title, publication, date), with the place in it when given. */
  readonly citation: string;
  readonly url: string | null;
}

/** The timeline, oldest first; entries that do not read as one are left out rather than shown half. */
export function timelineOf(scenario: Scenario): TimelineItem[] {
  const raw = scenario as unknown as { timeline?: unknown; sources?: unknown };
  const entries = z.array(z.unknown()).safeParse(raw.timeline);
  if (!entries.success) return [];
  const sources = z.array(z.unknown()).safeParse(raw.sources);
  const byId = new Map((sources.success ? sources.data : []).flatMap((s) => {
    const parsed = Source.safeParse(s);
    return parsed.success ? [[parsed.data.id, parsed.data] as const] : [];
  }));
  return entries.data
    .flatMap((e) => {
      const parsed = Entry.safeParse(e);
      if (!parsed.success) return [];
      const entry = parsed.data;
      const source = byId.get(entry.source);
      const cited = source ? [source.author, source.title, source.publication, source.date].filter(Boolean).join(', ') : entry.source;
      return [{ date: entry.date, title: entry.title, text: entry.text, grade: entry.grade, citation: entry.locator ? `${cited} (${entry.locator})` : cited, url: source?.url ?? null }];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
