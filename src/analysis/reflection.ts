/**
 * End-of-game questions chosen from what the player did: a lever held high (or low) through the
 * game raises the question its known price asks (eradication pushed hard → replanting; committees
 * armed without oversight → abuse). Read from the decisions alone; the scenario's own prompts fill
 * the rest of the list.
 */
import type { Decisions } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { LeverId } from '../scenario/vocabulary.ts';

export type QuestionKey = 'replanting' | 'committeeAbuse' | 'committeeOversight' | 'blindOperations' | 'moneyAlone' | 'heldStill';

/** A lever counts as pushed hard at half its range or more on average over the game (assumption: past the slider's middle). */
export const HIGH = 0.5;
/** And as left low under this share (oversight under a fifth of its range). */
export const LOW = 0.2;
/** At most this many questions of the player's own; the scenario's prompts follow. */
export const OWN_QUESTIONS = 3;

/** Each lever's average setting over the turns played, as a share of its range (0 at its minimum, 1 at its maximum). */
function shares(scenario: Scenario, decisions: readonly Decisions[]): Partial<Record<LeverId, number>> {
  return Object.fromEntries(
    scenario.levers.map((lever) => {
      const values = decisions.map((d) => d.levers?.[lever.id] ?? lever.default);
      const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : lever.default;
      return [lever.id, lever.max > lever.min ? (mean - lever.min) / (lever.max - lever.min) : 0];
    }),
  );
}

/** The questions the player's own game raises, most telling first, at most OWN_QUESTIONS. */
export function ownQuestions(scenario: Scenario, decisions: readonly Decisions[]): QuestionKey[] {
  const share = shares(scenario, decisions);
  const high = (lever: LeverId) => (share[lever] ?? 0) >= HIGH;
  const low = (lever: LeverId) => share[lever] !== undefined && share[lever]! < LOW;
  const moved = decisions.some((d, i) => i > 0 && scenario.levers.some((l) => d.levers?.[l.id] !== decisions[i - 1]!.levers?.[l.id]));
  const found: QuestionKey[] = [];
  if (high('eradicationPace')) found.push('replanting');
  if (high('committeeSupport') && low('committeeOversight')) found.push('committeeAbuse');
  if (high('committeeSupport') && !low('committeeOversight')) found.push('committeeOversight');
  if (high('militaryOperations')) found.push('blindOperations');
  if (high('developmentFunding') && !high('eradicationPace')) found.push('moneyAlone');
  if (!moved && decisions.length > 1) found.push('heldStill');
  return found.slice(0, OWN_QUESTIONS);
}
