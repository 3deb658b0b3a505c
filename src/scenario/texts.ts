/**
 * Scenario texts may name the scenario's own calendar and armed group through placeholders, so a
 * scenario copied to another valley or period cannot carry the wrong years or the wrong group:
 * `{startYear}`, `{endYear}`, `{clan}` (the group's short name) and `{clanName}` (its full name).
 * Placeholders are resolved once, when the scenario is loaded.
 */
import type { Scenario } from './schema.ts';

type Values = Readonly<Record<string, string>>;

/** Calendar year of the last turn. */
export function endYear(calendar: Scenario['calendar']): number {
  const lastMonth = (calendar.startQuarter - 1) * 3 + calendar.turns * calendar.turnMonths - 1;
  return calendar.startYear + Math.floor(lastMonth / 12);
}

function placeholderValues(s: Scenario): Values {
  return {
    startYear: String(s.calendar.startYear),
    endYear: String(endYear(s.calendar)),
    clan: s.clan.shortName ?? s.clan.name,
    clanName: s.clan.name,
  };
}

export const PLACEHOLDERS = ['startYear', 'endYear', 'clan', 'clanName'] as const;

const PATTERN = /\{([A-Za-z]+)\}/g;

/** Every text field that may hold placeholders, with its path in the file. */
function textFields(s: Scenario): [string, string][] {
  const fields: [string, string][] = [
    ['summary', s.summary],
    ['briefing.intro', s.briefing.intro],
    ['clan.description', s.clan.description],
  ];
  s.briefing.objectives.forEach((text, i) => fields.push([`briefing.objectives[${i}]`, text]));
  s.assessment.forEach((c, i) => fields.push([`assessment[${i}].label`, c.label], [`assessment[${i}].description`, c.description]));
  s.debriefPrompts.forEach((text, i) => fields.push([`debriefPrompts[${i}]`, text]));
  s.communities.forEach((c, i) => {
    if (c.note !== undefined) fields.push([`communities[${i}].note`, c.note]);
  });
  s.events.forEach((e, i) => {
    fields.push([`events[${i}].title`, e.title], [`events[${i}].text`, e.text]);
    if (!e.choice) return;
    fields.push([`events[${i}].choice.prompt`, e.choice.prompt]);
    e.choice.options.forEach((o, j) => {
      fields.push([`events[${i}].choice.options[${j}].label`, o.label]);
      if (o.text !== undefined) fields.push([`events[${i}].choice.options[${j}].text`, o.text]);
    });
  });
  return fields;
}

/** `path: problem` for every placeholder the loader does not know. */
export function placeholderErrors(s: Scenario): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  const errors: string[] = [];
  for (const [path, text] of textFields(s)) {
    for (const match of text.matchAll(PATTERN)) {
      if (!known.has(match[1]!)) errors.push(`${path}: unknown placeholder {${match[1]}} (known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`);
    }
  }
  return errors;
}

const fill = (text: string, values: Values): string => text.replace(PATTERN, (whole, name: string) => values[name] ?? whole);
const fillOptional = (text: string | undefined, values: Values): string | undefined => (text === undefined ? undefined : fill(text, values));

/** The scenario with every placeholder replaced by its value; a scenario without placeholders comes back equal. */
export function fillPlaceholders(s: Scenario): Scenario {
  const v = placeholderValues(s);
  return {
    ...s,
    summary: fill(s.summary, v),
    briefing: { intro: fill(s.briefing.intro, v), objectives: s.briefing.objectives.map((o) => fill(o, v)) },
    clan: { ...s.clan, description: fill(s.clan.description, v) },
    assessment: s.assessment.map((c) => ({ ...c, label: fill(c.label, v), description: fill(c.description, v) })),
    debriefPrompts: s.debriefPrompts.map((p) => fill(p, v)),
    communities: s.communities.map((c) => (c.note === undefined ? c : { ...c, note: fill(c.note, v) })),
    events: s.events.map((e) => ({
      ...e,
      title: fill(e.title, v),
      text: fill(e.text, v),
      ...(e.choice
        ? {
            choice: {
              prompt: fill(e.choice.prompt, v),
              options: e.choice.options.map((o) => {
                const text = fillOptional(o.text, v);
                return { ...o, label: fill(o.label, v), ...(text === undefined ? {} : { text }) };
              }),
            },
          }
        : {}),
    })),
  };
}
