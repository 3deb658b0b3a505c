/**
 * Loading and verifying replays: untrusted files, checked for size, format, version and
 * scenario, then re-simulated turn by turn. Every field of the file is either an input to the
 * re-simulation (seed, scenario, decisions, player name) or compared with what the
 * re-simulation gives (hashes, per-turn summaries and events, finished, assessment), so nothing
 * a file says about an outcome is taken on trust. A file that does not verify says at which
 * turn and which field differs; the game it re-simulated is returned for the debrief either way.
 */
import { ENGINE_VERSION, canonicalJson, createGame, hashState, step, type Decisions, type GameState, type TurnReport } from '../engine/index.ts';
import { formatIssues } from '../scenario/issues.ts';
import { parseJsonText, warningText, type Parsed } from '../scenario/json.ts';
import { parseScenario } from '../scenario/load.ts';
import type { Scenario } from '../scenario/schema.ts';
import { contentHash, recordEnd, recordTurn, type PlayedGame } from './record.ts';
import { MAX_REPLAY_BYTES, REPLAY_FORMAT, REPLAY_VERSION, Replay } from './schema.ts';

export interface Divergence {
  /** 1-based turn, or 0 for the opening state or a field about the whole game. */
  readonly turn: number;
  readonly reason: string;
  readonly differing: string[];
}

export type LoadedReplay =
  | {
      ok: true;
      replay: Replay;
      scenario: Scenario;
      game: PlayedGame;
      divergence: Divergence | null;
      /** The shipped scenario whose id the file uses but whose content it changed, if any. */
      modifiedFrom: string | null;
      /** Played on a shipped scenario, unchanged. */
      shipped: boolean;
      /** What the file's text says twice (duplicate keys), with where. */
      warnings: readonly string[];
      /** Fewer turns played than the scenario has. */
      unfinished: boolean;
    }
  | {
      ok: false;
      error: string;
      /** Not readable as a replay of this version at all (not JSON, too large, another format, format or engine version), as opposed to a replay that does not check out. */
      unreadable?: true;
    };

export interface ReplayOptions {
  /** The scenarios shipped with the game: an embedded scenario with one of their ids must be identical. */
  readonly shipped?: readonly Scenario[];
}

const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

/** The first place where the file says something other than the re-simulation, as `path: x recorded, y re-simulated`. */
function firstDifference(recorded: unknown, actual: unknown, path: string): string | null {
  // The usual case, the same values, in one walk; serialising is left to where they may differ.
  if (sameJson(recorded, actual) || canonicalJson(recorded) === canonicalJson(actual)) return null;
  if (recorded !== null && actual !== null && typeof recorded === 'object' && typeof actual === 'object') {
    const keys = new Set([...Object.keys(recorded), ...Object.keys(actual)]);
    for (const key of keys) {
      const sub = Array.isArray(recorded) ? `${path}[${key}]` : `${path}.${key}`;
      const found = firstDifference((recorded as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], sub);
      if (found) return found;
    }
  }
  return `${path}: ${show(recorded)} recorded, ${show(actual)} re-simulated`;
}

/** Re-simulates a parsed replay; stops at the first turn or field that does not verify. */
export function verifyReplay(replay: Replay, scenario: Scenario): { game: PlayedGame; divergence: Divergence | null } {
  let state: GameState = createGame(scenario, replay.seed);
  const states = [state];
  const reports: TurnReport[] = [];
  const decisions: Decisions[] = [];
  const game = (): PlayedGame => ({ scenario, seed: replay.seed, states, reports, decisions });
  if (hashState(state) !== replay.initialHash) return { game: game(), divergence: { turn: 0, reason: 'the opening state differs', differing: [] } };
  for (const [i, turn] of replay.turns.entries()) {
    // Without the explanation record: the same states, a fraction of the work and memory; a
    // turn's explanation is made again when shown (explainTurn).
    const result = step(scenario, state, turn.decisions, { explain: false });
    if (!result.ok) return { game: game(), divergence: { turn: i + 1, reason: `the engine refuses the recorded decisions: ${result.error.message}`, differing: [] } };
    state = result.state;
    states.push(state);
    reports.push(result.report);
    decisions.push(turn.decisions);
    // The hash covers the whole state; the summary and events are what a table or chart would show.
    const rebuilt = recordTurn(game(), i);
    if (rebuilt.stateHash !== turn.stateHash) {
      const differing = Object.keys(turn.summary).flatMap((key) => {
        const d = firstDifference(turn.summary[key as keyof typeof turn.summary], rebuilt.summary[key as keyof typeof rebuilt.summary], key);
        return d ? [d.replace(/^(\w+): (.*) recorded, (.*) re-simulated$/, '$1 $2 recorded, $3 re-simulated')] : [];
      });
      return { game: game(), divergence: { turn: i + 1, reason: 'the state differs from the one recorded', differing } };
    }
    const other = firstDifference({ summary: turn.summary, events: turn.events }, { summary: rebuilt.summary, events: rebuilt.events }, `turns[${i}]`);
    if (other) return { game: game(), divergence: { turn: i + 1, reason: `the file says something else than the game: ${other}`, differing: [] } };
  }
  const whole = recordEnd(game());
  const other = firstDifference({ finished: replay.finished, assessment: replay.assessment }, { finished: whole.finished, assessment: whole.assessment }, 'replay');
  if (other) return { game: game(), divergence: { turn: 0, reason: `the file says something else than the game: ${other.replace(/^replay\./, '')}`, differing: [] } };
  return { game: game(), divergence: null };
}

/**
 * Embedded scenarios already parsed and hashed, by the hash their file declares: a class's
 * replays all carry the same scenario, which is then hashed and validated once. A file whose
 * content differs from the kept copy (an altered file declaring the same hash) is hashed and
 * parsed on its own, so it is still caught. Bounded, as files are untrusted.
 */
interface Embedded {
  readonly content: unknown;
  readonly hash: string;
  readonly parsed: ReturnType<typeof parseScenario>;
}
const embedded = new Map<string, Embedded>();
const EMBEDDED_KEPT = 8;

function embeddedScenario(declaredHash: string, content: unknown): Embedded {
  const kept = embedded.get(declaredHash);
  if (kept && sameJson(kept.content, content)) return kept;
  const entry = { content, hash: contentHash(content), parsed: parseScenario(content) };
  if (!kept) {
    if (embedded.size >= EMBEDDED_KEPT) embedded.delete(embedded.keys().next().value!);
    embedded.set(declaredHash, entry);
  }
  return entry;
}

/**
 * Whether two parsed JSON values are the same, whatever the order of their keys (as the content
 * hash sees them). One walk, stopping at the first difference: cheaper than serialising both.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key in left) {
    if (!Object.hasOwn(right, key) || !sameJson(left[key], right[key])) return false;
    count++;
  }
  for (const _ in right) count--;
  return count === 0;
}

/**
 * Content hashes of parsed scenarios, by object: the shipped ones, and the parsed copy a class's
 * files share (see embeddedScenario), are each hashed once however many files there are.
 */
const parsedHashes = new WeakMap<Scenario, string>();
function scenarioHash(scenario: Scenario): string {
  let hash = parsedHashes.get(scenario);
  if (hash === undefined) parsedHashes.set(scenario, (hash = contentHash(scenario)));
  return hash;
}

/**
 * The text of the last embedded scenario a file carried and that checked out, as the game
 * writes it, and its parsed value. A class's files are written by the game, so each carries
 * that very text: the next file's copy is found by its first characters and compared whole
 * (text against text, in the engine's own code), then cut out before parsing, and the value
 * kept put in its place. Parsing, counting keys and comparing the 200 KB scenario took over
 * half of a file's load. Any doubt (the copy elsewhere than at scenario.content, a warning, a
 * file holding the placeholder itself) and the file is parsed whole.
 */
let knownContent: { readonly text: string; readonly value: unknown } | null = null;
/**
 * Stands for the kept content in the cut text: a string with a NUL in it, which JSON can only
 * write as the six characters \u0000; a file with those anywhere is parsed whole, so the one
 * NUL string in the cut text is the placeholder.
 */
const PLACEHOLDER = '\u0000kept-scenario';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);
const NUL_ESCAPE = '\\u0000';
/** Characters of the kept text that locate a copy (a bounded search, whatever the file). */
const PREFIX = 64;

function keepContentText(content: unknown): void {
  if (knownContent?.value === content) return;
  const text = JSON.stringify(content);
  if (typeof text === 'string' && text.length > PREFIX) knownContent = { text, value: content };
}

/** The file parsed with the kept scenario content standing for its own copy of it, or null to parse it whole. */
function knownContentCut(text: string): Parsed<unknown> | null {
  const known = knownContent;
  if (!known || text.length > MAX_REPLAY_BYTES) return null;
  const at = text.indexOf(known.text.slice(0, PREFIX));
  if (at < 0 || !text.startsWith(known.text, at) || text.includes(NUL_ESCAPE)) return null;
  const json = parseJsonText(text.slice(0, at) + PLACEHOLDER_JSON + text.slice(at + known.text.length), { maxChars: MAX_REPLAY_BYTES });
  if (!json.ok || json.warnings?.length) return null;
  const scenario = (json.value as { scenario?: { content?: unknown } } | null)?.scenario;
  if (typeof scenario !== 'object' || scenario === null || scenario.content !== PLACEHOLDER) return null;
  scenario.content = known.value;
  return json;
}

/** Parses and verifies a replay file's text; every failure is one message, never a throw. */
export function loadReplayText(text: string, options: ReplayOptions = {}): LoadedReplay {
  const json = knownContentCut(text) ?? parseJsonText(text, { maxChars: MAX_REPLAY_BYTES });
  if (!json.ok) return { ok: false, error: json.errors[0]!, unreadable: true };
  const raw = json.value as { format?: unknown; formatVersion?: unknown; engineVersion?: unknown };
  if (typeof raw !== 'object' || raw === null || raw.format !== REPLAY_FORMAT) return { ok: false, error: 'not a Between Two Fires replay (no "format": "between-two-fires-replay")', unreadable: true };
  if (raw.formatVersion !== REPLAY_VERSION) return { ok: false, error: `replay format version ${String(raw.formatVersion)} is not supported (this version reads ${REPLAY_VERSION})`, unreadable: true };
  const parsed = Replay.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, error: `not a valid replay: ${formatIssues(parsed.error).slice(0, 3).join('; ')}` };
  const replay = parsed.data;
  if (replay.engineVersion !== ENGINE_VERSION) return { ok: false, error: `made with engine version ${replay.engineVersion}; this is ${ENGINE_VERSION}, which cannot re-simulate it exactly`, unreadable: true };
  const { hash, parsed: scenario } = embeddedScenario(replay.scenario.hash, replay.scenario.content);
  if (!scenario.ok) return { ok: false, error: `its embedded scenario is not valid: ${scenario.errors.slice(0, 3).join('; ')}` };
  // The hash covers the scenario as stored in the file, so fields a later schema adds with
  // defaults do not break old replays.
  if (hash !== replay.scenario.hash || scenario.value.id !== replay.scenario.id || scenario.value.version !== replay.scenario.version) {
    return { ok: false, error: 'its embedded scenario does not match the scenario hash it records (the file was altered)' };
  }
  if (replay.turns.length > scenario.value.calendar.turns) return { ok: false, error: `it records ${replay.turns.length} turns but the scenario has ${scenario.value.calendar.turns}` };
  const shipped = options.shipped?.find((s) => s.id === scenario.value.id);
  const modifiedFrom = shipped && scenarioHash(shipped) !== scenarioHash(scenario.value) ? shipped.id : null;
  // An unchanged shipped scenario is played on the shipped object itself: the same content, and
  // the engine then always meets the same objects, which keeps its compiled code fast.
  const played = shipped && !modifiedFrom ? shipped : scenario.value;
  const { game, divergence } = verifyReplay(replay, played);
  // The embedded copy, now checked, is one shared scenario object: a class's files carry it
  // between them, cloned once when they leave the worker together.
  if (!json.warnings?.length) keepContentText(replay.scenario.content);
  replay.scenario.content = played;
  return { ok: true, replay, scenario: played, game, divergence, modifiedFrom, shipped: played === shipped, warnings: (json.warnings ?? []).map(warningText), unfinished: replay.turns.length < played.calendar.turns };
}
