/**
 * Scenario texts may name the scenario's own calendar, communities and armed group through
 * placeholders, so a scenario copied to another valley or period cannot carry the wrong years,
 * counts or group: `{startYear}`, `{endYear}`, `{quarters}` (turns in the game), `{communities}`
 * (how many), `{population}` (their people together, to the nearest thousand, written as the
 * text's language writes numbers), `{clan}` (the group's short name) and `{clanName}` (its full name).
 * Placeholders are resolved once, when the scenario is loaded.
 */
import type { Scenario } from './schema.ts';

type Values = Readonly<Record<string, string>>;

/** Calendar year of the last turn. */
export function endYear(calendar: Scenario['calendar']): number {
  const lastMonth = (calendar.startQuarter - 1) * 3 + calendar.turns * calendar.turnMonths - 1;
  return calendar.startYear + Math.floor(lastMonth / 12);
}

/** The people of all communities together, to the nearest thousand (what a briefing can honestly say). */
export function roundedPopulation(s: Pick<Scenario, 'communities'>): number {
  return Math.round(s.communities.reduce((sum, c) => sum + c.population, 0) / 1000) * 1000;
}

/** The values in English, or in a language whose translations may rename the armed group. */
function placeholderValues(s: Scenario, texts: Readonly<Record<string, string>> = {}, locale = 'en'): Values {
  const name = texts['clan.name'] ?? s.clan.name;
  return {
    startYear: String(s.calendar.startYear),
    endYear: String(endYear(s.calendar)),
    quarters: String(s.calendar.turns),
    communities: String(s.communities.length),
    population: new Intl.NumberFormat(locale === 'es' ? 'es-PE' : 'en').format(roundedPopulation(s)),
    clan: texts['clan.shortName'] ?? s.clan.shortName ?? name,
    clanName: name,
  };
}

export const PLACEHOLDERS = ['startYear', 'endYear', 'quarters', 'communities', 'population', 'clan', 'clanName'] as const;

const PATTERN = /\{([A-Za-z]+)\}/g;

/** Every text field that may hold placeholders, with its path in the file. */
function textFields(s: Scenario): [string, string][] {
  const fields: [string, string][] = [
    ['summary', s.summary],
    ['briefing.intro', s.briefing.intro],
    ['clan.description', s.clan.description],
  ];
  s.briefing.objectives.forEach((text, i) => fields.push([`briefing.objectives[${i}]`, text]));
  s.briefing.pages?.forEach((page, i) => {
    fields.push([`briefing.pages[${i}].heading`, page.heading]);
    page.paragraphs.forEach((text, j) => fields.push([`briefing.pages[${i}].paragraphs[${j}]`, text]));
  });
  s.glossary.forEach((entry, i) => fields.push([`glossary[${i}].term`, entry.term], [`glossary[${i}].definition`, entry.definition]));
  s.advisers.forEach((adviser, i) => {
    fields.push([`advisers[${i}].name`, adviser.name], [`advisers[${i}].role`, adviser.role]);
    adviser.lines.forEach((line, j) => fields.push([`advisers[${i}].lines[${j}].text`, line.text]));
  });
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
  const translated = Object.entries(s.translations).flatMap(([locale, texts]) =>
    Object.entries(texts ?? {}).map(([path, text]): [string, string] => [`translations.${locale}.${path}`, text]),
  );
  for (const [path, text] of [...textFields(s), ...translated]) {
    for (const match of text.matchAll(PATTERN)) {
      if (!known.has(match[1]!)) errors.push(`${path}: unknown placeholder {${match[1]}} (known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`);
    }
  }
  return errors;
}

const fill = (text: string, values: Values): string => text.replace(PATTERN, (whole, name: string) => values[name] ?? whole);

/** One text with its placeholders filled from the scenario (a translation, from the translated scenario). */
export function fillText(text: string, s: Scenario): string {
  return fill(text, placeholderValues(s));
}
const fillOptional = (text: string | undefined, values: Values): string | undefined => (text === undefined ? undefined : fill(text, values));

/** The scenario with every placeholder replaced by its value; a scenario without placeholders comes back equal. */
export function fillPlaceholders(s: Scenario): Scenario {
  const v = placeholderValues(s);
  const translations = Object.fromEntries(
    Object.entries(s.translations).map(([locale, texts]) => {
      const values = placeholderValues(s, texts ?? {}, locale);
      return [locale, Object.fromEntries(Object.entries(texts ?? {}).map(([path, text]) => [path, fill(text, values)]))];
    }),
  ) as Scenario['translations'];
  return {
    ...s,
    translations,
    summary: fill(s.summary, v),
    briefing: {
      intro: fill(s.briefing.intro, v),
      objectives: s.briefing.objectives.map((o) => fill(o, v)),
      ...(s.briefing.pages ? { pages: s.briefing.pages.map((p) => ({ heading: fill(p.heading, v), paragraphs: p.paragraphs.map((text) => fill(text, v)) })) } : {}),
    },
    glossary: s.glossary.map((e) => ({ ...e, term: fill(e.term, v), definition: fill(e.definition, v) })),
    advisers: s.advisers.map((a) => ({ ...a, name: fill(a.name, v), role: fill(a.role, v), lines: a.lines.map((l) => ({ ...l, text: fill(l.text, v) })) })),
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
