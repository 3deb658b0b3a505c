/**
 * The scenarios bundled with the game: every scenarios/*.json, validated the same way as by
 * the CLIs. Invalid files are listed with their errors so the title screen can say why. Some may
 * arrive later than others (the hosted build fetches all but the default when asked: see
 * ./scenarioFilesSplit.ts).
 */
import { locate } from '../authoring/locate.ts';
import { parseScenario, parseScenarioText } from '../scenario/load.ts';
import type { Scenario } from '../scenario/schema.ts';
import { builtIn, fetched } from './scenarioFiles.ts';

/** The game the title screen opens on, and the one the README describes. */
export const DEFAULT_SCENARIO_ID = 'vraem-2012';

/**
 * The scenario the title screen opens on: the VRAEM, unless it has no translation into the
 * player's language and another scenario has (a student should not open on a brief they cannot
 * read); failing both, the VRAEM, or the first playable one.
 */
export function defaultScenario(playable: readonly Scenario[], language: string): Scenario | undefined {
  const vraem = playable.find((s) => s.id === DEFAULT_SCENARIO_ID);
  if (vraem && speaks(vraem, language)) return vraem;
  return playable.find((s) => speaks(s, language)) ?? vraem ?? playable[0];
}

const speaks = (s: Scenario, language: string) => language === 'en' || (s.translations as Partial<Record<string, Record<string, string>>>)[language]?.['title'] !== undefined;

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

const fileOf = (path: string) => path.replace(/^\//, '');

/** Every bundled file parsed so far, by file: each parsed once, so every screen gets the same objects. */
const parsed = new Map<string, BundledScenario>();
/** Lists derived from `parsed`, kept until another file is parsed. */
let bundled: readonly BundledScenario[] | null = null;
let shipped: Scenario[] | null = null;
function keep(path: string, raw: unknown): void {
  const file = fileOf(path);
  if (parsed.has(file)) return;
  const result = parseScenario(raw);
  parsed.set(file, result.ok ? { file, ok: true, scenario: result.value } : { file, ok: false, errors: result.errors.map((e) => located(null, e)) });
  bundled = null;
  shipped = null;
}
for (const [path, raw] of Object.entries(builtIn)) keep(path, raw);

/**
 * The scenario files built into the game and parsed so far, in file order (all of them once
 * loadBundled has answered). The analysis workers (told these once, see ../ui/analysisWorker.ts)
 * recognise them by identity.
 */
export function bundledScenarios(): readonly BundledScenario[] {
  bundled ??= [...parsed.values()].sort((a, b) => a.file.localeCompare(b.file));
  return bundled;
}

let everything: Promise<readonly BundledScenario[]> | null = null;

/** Fetches and parses the bundled files not yet loaded (once); a file that cannot be fetched is listed with why. */
export function loadBundled(): Promise<readonly BundledScenario[]> {
  everything ??= Promise.all(
    Object.entries(fetched).map(([path, load]) =>
      load().then(
        (raw) => keep(path, raw),
        (error: unknown) => {
          parsed.set(fileOf(path), { file: fileOf(path), ok: false, errors: [located(null, error instanceof Error ? error.message : String(error))] });
          bundled = null;
        },
      ),
    ),
  ).then(() => bundledScenarios());
  return everything;
}

/** Whether the title screen can open on what is built in: no saved game to restore, and a default the player can read. */
export function builtInSuffices(hasSave: boolean, language: string): boolean {
  if (hasSave) return false;
  const playable = bundledScenarios().flatMap((b) => (b.ok ? [b.scenario] : []));
  const chosen = defaultScenario(playable, language);
  return chosen !== undefined && chosen.id === DEFAULT_SCENARIO_ID && speaks(chosen, language);
}

/** A scenario file the player loads: the same validation, with the file's name and every problem's line and column for messages. */
export function parseScenarioFile(file: string, text: string): BundledScenario {
  const parsed = parseScenarioText(text);
  return parsed.ok ? { file, ok: true, scenario: parsed.value } : { file, ok: false, errors: parsed.errors.map((e) => located(text, e)) };
}

/** The valid bundled scenarios loaded so far: replays of their ids must carry them unchanged. */
export function shippedScenarios(): readonly Scenario[] {
  shipped ??= bundledScenarios().flatMap((b) => (b.ok ? [b.scenario] : []));
  return shipped;
}
