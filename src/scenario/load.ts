/**
 * Loads a scenario from untrusted input: the zod schema first, then the checks a schema cannot
 * express (ids that refer to each other, ranges that depend on other fields). Either the whole
 * scenario is valid or the caller gets every problem, one line each.
 */
import { Scenario } from './schema.ts';
import { formatIssues } from './issues.ts';
import { magnitudeErrors } from './numberBounds.ts';
import { parseJsonText, prototypeKeys, type Parsed } from './json.ts';
import { fillPlaceholders, placeholderErrors } from './texts.ts';
import { voicesErrors } from './voicesChecks.ts';

export function parseScenario(raw: unknown): Parsed<Scenario> {
  const result = Scenario.safeParse(raw, { reportInput: true });
  if (!result.success) return { ok: false, errors: formatIssues(result.error) };
  const errors = [...prototypeKeys(raw), ...magnitudeErrors(result.data), ...crossCheck(result.data), ...voicesErrors(result.data), ...placeholderErrors(result.data)];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: fillPlaceholders(result.data) };
}

/** A scenario from a file's text; a valid one carries the text's warnings (duplicate keys). */
export function parseScenarioText(text: string): Parsed<Scenario> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const parsed = parseScenario(json.value);
  return parsed.ok && json.warnings ? { ...parsed, warnings: json.warnings } : parsed;
}

function duplicates(items: readonly { id: string }[], path: string, errors: string[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) errors.push(`${path}[${i}].id: duplicate id "${item.id}"`);
    seen.add(item.id);
  });
  return seen;
}

function refs(ids: readonly string[], known: Set<string>, path: string, what: string, errors: string[]): void {
  ids.forEach((id, i) => {
    if (!known.has(id)) errors.push(`${path}[${i}]: unknown ${what} "${id}"`);
  });
}

/** Reads a number at a path such as `communities[0].cocaHectares`. */
export function valueAtPath(root: unknown, path: string): unknown {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let node: unknown = root;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

const YEAR = /\b(1[5-9]|2[0-2])\d\d\b/;

/** What a source lacks to be a full citation (author, year, title, and a url or a reference to find it by). */
function citationGaps(source: Scenario['sources'][number]): string[] {
  const gaps: string[] = [];
  if (!YEAR.test(source.date)) gaps.push(`gives no year in its date ("${source.date}")`);
  if (source.url === undefined && source.reference === undefined) gaps.push('has neither a url nor a reference to find it by');
  return gaps;
}

function crossCheck(s: Scenario): string[] {
  const errors: string[] = [];
  duplicates(s.sources, 'sources', errors);
  const evidence = duplicates(s.evidence, 'evidence', errors);
  duplicates(s.levers, 'levers', errors);
  duplicates(s.communities, 'communities', errors);
  duplicates(s.events, 'events', errors);
  duplicates(s.assessment, 'assessment', errors);
  duplicates(s.history, 'history', errors);

  const sourceById = new Map(s.sources.map((source) => [source.id, source]));
  const noteById = new Map(s.evidence.map((note) => [note.id, note]));
  s.evidence.forEach((note, i) => {
    const source = sourceById.get(note.source);
    if (!source) errors.push(`evidence[${i}].source: unknown source "${note.source}"`);
    else if (note.grade === 'external') citationGaps(source).forEach((gap) => errors.push(`evidence[${i}].source: an external figure needs a full citation, but source "${source.id}" ${gap}`));
    if (note.grade === 'assumption' && note.reason === undefined) errors.push(`evidence[${i}].reason: an assumption must give the reason for the value or claim`);
    if (note.grade !== 'assumption' && note.reason !== undefined) errors.push(`evidence[${i}].reason: only an assumption carries a reason; a "${note.grade}" note rests on its source`);
  });
  s.timeline.forEach((entry, i) => {
    const source = sourceById.get(entry.source);
    if (!source) errors.push(`timeline[${i}].source: unknown source "${entry.source}"`);
    else if (entry.grade === 'external') citationGaps(source).forEach((gap) => errors.push(`timeline[${i}].source: an external entry needs a full citation, but source "${source.id}" ${gap}`));
    const previous = s.timeline[i - 1];
    if (previous && previous.date > entry.date) errors.push(`timeline[${i}].date: ${entry.date} comes before the previous entry's ${previous.date}; keep the timeline oldest first`);
  });
  s.history.forEach((series, i) => {
    series.points.forEach((point, j) => {
      const at = `history[${i}].points[${j}]`;
      for (const [field, id] of [['source', point.source], ['checkedIn', point.checkedIn]] as const) {
        if (id === undefined) continue;
        const source = sourceById.get(id);
        if (!source) errors.push(`${at}.${field}: unknown source "${id}"`);
        else if (field === 'source' && point.grade === 'external') citationGaps(source).forEach((gap) => errors.push(`${at}.source: an external figure needs a full citation, but source "${source.id}" ${gap}`));
      }
      if ((point.value === undefined) === (point.range === undefined)) errors.push(`${at}: give either a value or a range, not ${point.value === undefined ? 'neither' : 'both'}`);
      if (point.range && point.range[0] > point.range[1]) errors.push(`${at}.range: the low end (${point.range[0]}) is above the high end (${point.range[1]})`);
      if (point.checkedIn !== undefined && !point.checked) errors.push(`${at}.checkedIn: a figure checked in a source must say checked: true`);
      const previous = series.points[j - 1];
      if (previous && previous.year >= point.year) errors.push(`${at}.year: ${point.year} does not come after the previous figure's ${previous.year}; keep one figure a year, oldest first`);
    });
  });
  for (const [id, params] of Object.entries(s.mechanisms)) {
    refs(params.evidence, evidence, `mechanisms.${id}.evidence`, 'evidence note', errors);
  }
  refs(s.clan.evidence, evidence, 'clan.evidence', 'evidence note', errors);

  s.levers.forEach((lever, i) => {
    if (lever.max <= lever.min) errors.push(`levers[${i}].max: must be greater than min (${lever.min}), got ${lever.max}`);
    if (lever.default < lever.min || lever.default > lever.max) {
      errors.push(`levers[${i}].default: must lie between min (${lever.min}) and max (${lever.max}), got ${lever.default}`);
    }
  });

  s.communities.forEach((c, i) => {
    const { x, y } = c.position;
    if (x < 0 || x > s.map.width || y < 0 || y > s.map.height) {
      errors.push(`communities[${i}].position: (${x}, ${y}) lies outside the map (${s.map.width} × ${s.map.height})`);
    }
    if (c.cocaHectares > c.maxCocaHectares) {
      errors.push(`communities[${i}].cocaHectares: ${c.cocaHectares} exceeds maxCocaHectares (${c.maxCocaHectares})`);
    }
  });

  s.events.forEach((event, i) => {
    refs(event.evidence, evidence, `events[${i}].evidence`, 'evidence note', errors);
    if (event.untilTurn !== undefined && event.untilTurn < event.fromTurn) {
      errors.push(`events[${i}].untilTurn: ${event.untilTurn} is before fromTurn (${event.fromTurn})`);
    }
    if (event.fromTurn > s.calendar.turns) {
      errors.push(`events[${i}].fromTurn: ${event.fromTurn} is after the last turn (${s.calendar.turns})`);
    }
    if (event.scope === 'global') {
      event.conditions.forEach((c, j) => {
        if (c.kind === 'zone' || c.kind === 'trait') {
          errors.push(`events[${i}].conditions[${j}]: a "${c.kind}" condition needs a community event (scope "community")`);
        }
      });
    }
    if (event.choice) duplicates(event.choice.options, `events[${i}].choice.options`, errors);
  });

  s.assessment.forEach((c, i) => {
    const ordered = c.better === 'higher' ? c.good >= c.poor : c.good <= c.poor;
    if (!ordered) errors.push(`assessment[${i}]: with better "${c.better}", good (${c.good}) must be on the better side of poor (${c.poor})`);
  });

  s.calibration.forEach((note, i) => {
    const cited = note.evidence === undefined ? undefined : noteById.get(note.evidence);
    if (note.evidence !== undefined && !cited) errors.push(`calibration[${i}].evidence: unknown evidence note "${note.evidence}"`);
    if (note.grade !== 'assumption' && note.evidence === undefined) {
      errors.push(`calibration[${i}].evidence: a "${note.grade}" figure must name the evidence note it comes from`);
    }
    if (note.grade !== 'assumption' && cited && cited.grade !== note.grade) {
      errors.push(`calibration[${i}].grade: "${note.grade}" does not match the grade of evidence note "${cited.id}" ("${cited.grade}")`);
    }
    const actual = valueAtPath(s, note.path);
    if (typeof actual !== 'number') errors.push(`calibration[${i}].path: "${note.path}" does not name a number in this file`);
    else if (actual !== note.value) {
      errors.push(`calibration[${i}].value: says ${note.value} but ${note.path} is ${actual}`);
    }
  });
  return errors;
}
