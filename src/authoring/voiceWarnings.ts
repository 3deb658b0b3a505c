/**
 * What `npm run validate` warns about the scenario's voices: valid files that will read poorly
 * (a generic briefing, no advisers, advisers who repeat themselves or fall silent, lines
 * waiting for an event card the scenario does not have).
 */
import type { Scenario } from '../scenario/schema.ts';
import type { Finding } from './checks.ts';

/** Lines an adviser needs to say something different most quarters of a long game. */
export const ENOUGH_LINES = 8;

export function voiceWarnings(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const warn = (path: string, message: string) => findings.push({ level: 'warning', path, message });
  if (!scenario.briefing.pages) {
    warn('briefing', 'the briefing is generic: without "pages" players read a page built from the title, summary and community names; add briefing.pages to tell them about the place, its people and its years');
  }
  if (scenario.advisers.length === 0) warn('advisers', 'no advisers: the advisers panel is hidden and the end screen has no record of advice');
  const events = new Set(scenario.events.map((e) => `event:${e.id}`));
  scenario.advisers.forEach((adviser, i) => {
    adviser.lines.forEach((line, j) =>
      line.when.forEach((w, k) => {
        if (w.startsWith('event:') && !events.has(w)) warn(`advisers[${i}].lines[${j}].when[${k}]`, `no event card "${w.slice('event:'.length)}" in this scenario, so ${adviser.name} never says this line`);
      }),
    );
    if (adviser.lines.length < ENOUGH_LINES) warn(`advisers[${i}].lines`, `${adviser.name} has ${adviser.lines.length} line(s); with fewer than ${ENOUGH_LINES} they repeat themselves over a long game`);
    if (!adviser.lines.some((l) => l.when.length === 0)) warn(`advisers[${i}].lines`, `${adviser.name} has no line without situations, so some quarters they say nothing`);
  });
  return findings;
}
