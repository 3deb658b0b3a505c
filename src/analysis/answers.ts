/**
 * Answering choice events a run never faced. Re-playing a run's decisions on another seed, or
 * with one decision changed, can raise questions the player was never asked; the answer taken is
 * the one the player gave to the same event elsewhere in the run, else the event's first option.
 */
import type { Decisions, PendingChoice } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';

/** The option a run took for each event, by event id (the last answer wins). */
export function usualAnswers(decisions: readonly Decisions[]): Map<string, string> {
  const usual = new Map<string, string>();
  for (const d of decisions) for (const [key, option] of Object.entries(d.choices ?? {})) usual.set(key.split('@')[0]!, option);
  return usual;
}

/** Answers for every pending choice: the given answers where they fit, the usual ones otherwise. */
export function answerPending(
  scenario: Scenario,
  pending: readonly PendingChoice[],
  usual: ReadonlyMap<string, string>,
  given: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return Object.fromEntries(
    pending.map((p) => {
      const options = scenario.events.find((e) => e.id === p.eventId)?.choice?.options ?? [];
      const fits = (id: string | undefined) => id !== undefined && options.some((o) => o.id === id);
      const answer = fits(given[p.key]) ? given[p.key]! : fits(usual.get(p.eventId)) ? usual.get(p.eventId)! : (options[0]?.id ?? '');
      return [p.key, answer];
    }),
  );
}
