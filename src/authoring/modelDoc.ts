/**
 * The parameter tables of docs/model.md, generated from a scenario: the farm economy's figures
 * and each mechanism's parameters, with their values and the grade and note of the scenario's
 * `calibration` entry where there is one. `npm run schema` rewrites them; a test fails when the
 * page no longer matches the scenario, so a retuned value cannot leave a stale table behind.
 */
import type { Scenario } from '../scenario/schema.ts';

const ECONOMY_HEADER = '| figure | value | grade and source |';
const PARAMETER_HEADER = '| parameter | value | source or reason |';
const UNLISTED = "assumption: chosen so the stylized facts hold (see the scenario's `calibration` where listed)";
const LABEL = 'a name used in texts, not a figure';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function source(scenario: Scenario, path: string, value: unknown): string {
  const entry = scenario.calibration.find((c) => c.path === path);
  if (entry) return cell(`${entry.grade}: ${entry.note}`);
  return typeof value === 'number' ? UNLISTED : LABEL;
}

function economyRows(scenario: Scenario): string[] {
  const rows: string[] = [];
  for (const crop of ['coca', 'licit'] as const) {
    for (const [key, value] of Object.entries(scenario.economy[crop])) {
      const path = `economy.${crop}.${key}`;
      rows.push(`| \`${path}\` | ${String(value)} | ${source(scenario, path, value)} |`);
    }
  }
  return rows;
}

function parameterRows(scenario: Scenario, mechanism: string): string[] {
  const params = (scenario.mechanisms as Record<string, Record<string, unknown> | undefined>)[mechanism];
  if (!params) throw new Error(`docs/model.md describes a mechanism the scenario lacks: ${mechanism}`);
  const rows: string[] = [];
  const add = (key: string, value: unknown): void => {
    // A model position (an object: what it claims, who holds it, its grade, its weight): one row per field.
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [field, inner] of Object.entries(value)) add(`${key}.${field}`, inner);
      return;
    }
    rows.push(`| \`${key}\` | ${cell(String(value))} | ${source(scenario, `mechanisms.${mechanism}.${key}`, value)} |`);
  };
  for (const [key, value] of Object.entries(params)) if (key !== 'evidence') add(key, value);
  return rows;
}

/** docs/model.md with every parameter table rewritten from the scenario; the prose is kept. */
export function withParameterTables(doc: string, scenario: Scenario): string {
  const lines = doc.split('\n');
  const out: string[] = [];
  let mechanism = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^### `([a-z-]+)`$/.exec(line);
    if (heading) mechanism = heading[1]!;
    if (line !== ECONOMY_HEADER && line !== PARAMETER_HEADER) {
      out.push(line);
      continue;
    }
    if (line === PARAMETER_HEADER && !mechanism) throw new Error('docs/model.md has a parameter table outside a mechanism section');
    out.push(line, '|---|---|---|', ...(line === ECONOMY_HEADER ? economyRows(scenario) : parameterRows(scenario, mechanism)));
    i++; // the separator line
    while (i + 1 < lines.length && lines[i + 1]!.startsWith('|')) i++;
  }
  return out.join('\n');
}
