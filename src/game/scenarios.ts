/**
 * The scenarios bundled with the game: every scenarios/*.json, validated the same way as by
 * the CLIs. Invalid files are listed with their errors so the title screen can say why.
 */
import { locate } from '../authoring/locate.ts';
import { parseScenario, parseScenarioText } from '../scenario/load.ts';
import type { Scenario } from '../scenario/schema.ts';

/** The game the title screen opens on, and the one the README describes. */
export const DEFAULT_SCENARIO_ID = 'vraem-2012';

/**
 * The scenario the title screen opens on: the VRAEM, unless it has no translation into the
 * player's language and another scenario has (a student should not open on a brief they cannot
 * read); failing both, the VRAEM, or the first playable one.
 */
export function defaultScenario(playable: readonly Scenario[], language: string): Scenario | undefined {
  const speaks = (s: Scenario) => language === 'en' || (s.translations as Partial<Record<string, Record<string, string>>>)[language]?.['title'] !== undefined;
  const vraem = playable.find((s) => s.id === DEFAULT_SCENARIO_ID);
  if (vraem && speaks(vraem)) return vraem;
  return playable.find(speaks) ?? vraem ?? playable[0];
}

/** A problem with a scenario file, and where it is in the file when the file's text is known. */
export interface FileError {
  readonly message: string;
  readonly line: number | null;
  readonly column: number | null;
}

export type BundledScenario = { file: string; ok: true; scenario: Scenario } | { file: string; ok: false; errors: FileError[] };

/** Where a loader message (`path: problem`, or a JSON syntax error that says its line and column) points in the file's text. */
function located(text: string | null, message: string): FileError {
  const syntax = /at line (\d+), column (\d+)/.exec(message);
  if (syntax) return { message, line: Number(syntax[1]), column: Number(syntax[2]) };
  const split = message.indexOf(': ');
  const where = text !== null && split > 0 ? locate(text, message.slice(0, split)) : null;
  return { message, line: where?.line ?? null, column: where?.column ?? null };
}

const files = import.meta.glob<unknown>(['/scenarios/*.json', '!/scenarios/schema.json'], { eager: true, import: 'default' });

let bundled: readonly BundledScenario[] | null = null;

/**
 * The scenario files built into the game, parsed once: every screen gets the same objects, so
 * the analysis workers (told these once, see ../ui/analysisWorker.ts) recognise them by identity.
 */
export function bundledScenarios(): readonly BundledScenario[] {
  bundled ??= Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, raw]) => {
      const file = path.replace(/^\//, '');
      const parsed = parseScenario(raw);
      return parsed.ok ? { file, ok: true as const, scenario: parsed.value } : { file, ok: false as const, errors: parsed.errors.map((e) => located(null, e)) };
    });
  return bundled;
}

/** A scenario file the player loads: the same validation, with the file's name and every problem's line and column for messages. */
export function parseScenarioFile(file: string, text: string): BundledScenario {
  const parsed = parseScenarioText(text);
  return parsed.ok ? { file, ok: true, scenario: parsed.value } : { file, ok: false, errors: parsed.errors.map((e) => located(text, e)) };
}

let shipped: Scenario[] | null = null;

/** The valid bundled scenarios, parsed once: replays of their ids must carry them unchanged. */
export function shippedScenarios(): readonly Scenario[] {
  shipped ??= bundledScenarios().flatMap((b) => (b.ok ? [b.scenario] : []));
  return shipped;
}
