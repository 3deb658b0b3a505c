/**
 * Everything `npm run validate` says about one scenario file: syntax, schema, cross-references,
 * checks beyond the schema and the dry run, each with where it is in the file.
 */
import { parseJsonText } from '../scenario/json.ts';
import { parseScenario } from '../scenario/load.ts';
import { missingTranslations, unknownTranslations } from '../scenario/translations.ts';
import { checkScenario, type Finding } from './checks.ts';
import { dryRun } from './dryRun.ts';
import { locate } from './locate.ts';
import { runChecks } from './scenarioChecks.ts';
import { voiceWarnings } from './voiceWarnings.ts';
import { checksWithinBudget, dryRunSeeds } from './workBudget.ts';

export interface Located extends Finding {
  readonly line: number | null;
  readonly column: number | null;
}

export interface FileReport {
  readonly findings: Located[];
  readonly summary: string | null;
}

const at = (text: string, finding: Finding): Located => {
  const where = locate(text, finding.path);
  return { ...finding, line: where?.line ?? null, column: where?.column ?? null };
};

/** Splits a loader message `path: problem` into its parts. */
function asFinding(message: string): Finding {
  const split = message.indexOf(': ');
  return split > 0 ? { level: 'error', path: message.slice(0, split), message: message.slice(split + 2) } : { level: 'error', path: '(top level)', message };
}

/** `seeds` fixes the dry run's length; left out, it is 100 games or fewer for a very large scenario. */
export function validateScenarioText(text: string, options: { seeds?: number } = {}): FileReport {
  const json = parseJsonText(text);
  if (!json.ok) {
    const position = /at line (\d+), column (\d+)/.exec(json.errors[0]!);
    return { findings: [{ level: 'error', path: '', message: json.errors[0]!, line: position ? Number(position[1]) : null, column: position ? Number(position[2]) : null }], summary: null };
  }
  // Said whether or not the file is valid: a key given twice may be why a value is not the one the author meant.
  const duplicates: Located[] = (json.warnings ?? []).map((w) => ({ level: 'warning', path: w.path, message: w.message, line: w.line, column: w.column }));
  const parsed = parseScenario(json.value);
  if (!parsed.ok) return { findings: [...parsed.errors.map((e) => at(text, asFinding(e))), ...duplicates], summary: null };
  const scenario = parsed.value;
  const findings = [...duplicates, ...[...checkScenario(scenario), ...voiceWarnings(scenario), ...checksWithinBudget(scenario)].map((f) => at(text, f))];
  for (const error of unknownTranslations(scenario)) findings.push(at(text, asFinding(error)));
  // A text left untranslated still plays (in English), so it is worth a warning, not an error.
  for (const { locale, key, path } of missingTranslations(scenario)) {
    findings.push(at(text, { level: 'warning', path, message: `no "${locale}" translation (add "${key}" to translations.${locale}; until then players who chose that language read it in English)` }));
  }
  if (findings.some((f) => f.level === 'error')) return { findings, summary: null };
  const started = performance.now();
  const run = dryRun(scenario, options.seeds ?? dryRunSeeds(scenario, 100));
  findings.push(...run.findings.map((f) => at(text, f)));
  const failed = runChecks(scenario);
  findings.push(...failed.map((f) => at(text, f)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const checks = scenario.checks.length > 0 ? `; ${scenario.checks.length - failed.length} of ${scenario.checks.length} checks pass` : '';
  return {
    findings,
    summary: `${scenario.communities.length} communities, ${scenario.events.length} events, ${scenario.calendar.turns} turns; dry run of ${run.seeds} games${checks}; ${seconds} s`,
  };
}
