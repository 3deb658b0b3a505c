/**
 * The evidence behind one number of a scenario, as an author or a teacher sees it beside the
 * number: its grade, the note that explains it, the evidence note and source it rests on, and the
 * range of values that evidence supports. Read from the scenario itself (which may be a draft
 * being edited, so nothing is assumed about its shape): its `calibration` entry for the path;
 * failing that, for a model position, the position's own grade and who holds it; failing that,
 * for a mechanism's parameter, the mechanism's evidence notes, said as such. A grade is never
 * made up: a number with none of these has the grade "none".
 */
import { valueAtPath } from '../../scenario/load.ts';
import { dictionary, type Locale } from '../strings/index.ts';

export type EvidenceGrade = 'stated' | 'inferred' | 'external' | 'assumption' | 'none';

export interface ParameterEvidence {
  readonly grade: EvidenceGrade;
  /** The calibration note, the position's holders, or what the mechanism rests on. */
  readonly note?: string;
  /** The language the note is in: a calibration note is written for authors in English, and translated where the file has it. */
  readonly noteLang?: Locale;
  readonly evidenceId?: string;
  /** The evidence note's paraphrase of its source, in the language asked for where translated. */
  readonly paraphrase?: string;
  readonly sourceTitle?: string;
  /** The range its evidence supports, and why where the note does not say (in the language asked for where translated). */
  readonly supports?: { readonly min: number; readonly max: number; readonly reason?: string };
}

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);
const list = (value: unknown): Node[] => (Array.isArray(value) ? value.filter(isNode) : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);
const GRADES: readonly string[] = ['stated', 'inferred', 'external', 'assumption'];
const gradeOf = (value: unknown): EvidenceGrade | undefined => (typeof value === 'string' && GRADES.includes(value) ? (value as EvidenceGrade) : undefined);

/** A text in the language asked for: its translation under `key` where the scenario has one. */
function translated(scenario: Node, lang: Locale, key: string, english: string | undefined): string | undefined {
  if (lang === 'en' || english === undefined) return english;
  const texts = isNode(scenario.translations) ? scenario.translations[lang] : undefined;
  return (isNode(texts) ? text(texts[key]) : undefined) ?? english;
}

/** The evidence note with this id, its paraphrase in the language and the title of its source. */
function evidenceNote(scenario: Node, lang: Locale, id: string): { grade?: EvidenceGrade; paraphrase?: string; sourceTitle?: string } | undefined {
  const note = list(scenario.evidence).find((n) => n.id === id);
  if (!note) return undefined;
  const source = list(scenario.sources).find((s) => s.id === note.source);
  const paraphrase = translated(scenario, lang, `evidence[${id}].paraphrase`, text(note.paraphrase));
  const sourceTitle = source ? text(source.title) : undefined;
  const grade = gradeOf(note.grade);
  return { ...(grade ? { grade } : {}), ...(paraphrase ? { paraphrase } : {}), ...(sourceTitle ? { sourceTitle } : {}) };
}

function fromCalibration(scenario: Node, lang: Locale, path: string, entry: Node): ParameterEvidence | null {
  const grade = gradeOf(entry.grade);
  if (!grade) return null;
  const evidenceId = text(entry.evidence);
  const cited = evidenceId ? evidenceNote(scenario, lang, evidenceId) : undefined;
  const english = text(entry.note);
  const note = translated(scenario, lang, `calibration[${path}].note`, english);
  const range = isNode(entry.supports) ? entry.supports : undefined;
  const reason = range ? translated(scenario, lang, `calibration[${path}].supports.reason`, text(range.reason)) : undefined;
  const supports =
    range && typeof range.min === 'number' && typeof range.max === 'number' && range.min <= range.max ? { min: range.min, max: range.max, ...(reason ? { reason } : {}) } : undefined;
  return {
    grade,
    ...(note ? { note, noteLang: note === english ? ('en' as const) : lang } : {}),
    ...(evidenceId ? { evidenceId } : {}),
    ...(cited?.paraphrase ? { paraphrase: cited.paraphrase } : {}),
    ...(cited?.sourceTitle ? { sourceTitle: cited.sourceTitle } : {}),
    ...(supports ? { supports } : {}),
  };
}

/** A model position's weight (`mechanisms.<id>.<position>.weight`): the position carries its own grade. */
function fromPosition(lang: Locale, parent: unknown): ParameterEvidence | null {
  if (!isNode(parent)) return null;
  const grade = gradeOf(parent.grade);
  const name = text(parent.name);
  const heldBy = text(parent.heldBy);
  if (!grade || !name || !heldBy) return null;
  return { grade, note: dictionary(lang).assumptions.position(name, heldBy), noteLang: 'en' };
}

/**
 * A mechanism's parameter with no note of its own: graded "none" (the figure itself rests on no
 * note), with what the mechanism as a whole rests on and that note's grade said in words, so a
 * mechanism's grade is never passed off as the figure's.
 */
function fromMechanism(scenario: Node, lang: Locale, mechanism: unknown): ParameterEvidence | null {
  if (!isNode(mechanism) || !Array.isArray(mechanism.evidence)) return null;
  const ids = mechanism.evidence.filter((id): id is string => typeof id === 'string');
  const first = ids[0] === undefined ? undefined : evidenceNote(scenario, lang, ids[0]);
  if (!first?.grade) return null;
  const rests = first.paraphrase ?? ids[0]!;
  return {
    grade: 'none',
    note: dictionary(lang).assumptions.noOwnNote(rests, ids.length - 1, dictionary(lang).assumptions.grade[first.grade]),
    noteLang: lang,
    evidenceId: ids[0]!,
    ...(first.paraphrase ? { paraphrase: first.paraphrase } : {}),
    ...(first.sourceTitle ? { sourceTitle: first.sourceTitle } : {}),
  };
}

/**
 * The evidence for the number at `path` (in the dotted form of `calibration[].path`, such as
 * `mechanisms.eradication-shock.replantShare` or `communities[3].cocaHectares`), or null when the
 * path names no number of the scenario.
 */
export function parameterEvidence(scenario: unknown, path: string, lang: Locale): ParameterEvidence | null {
  if (!isNode(scenario) || typeof valueAtPath(scenario, path) !== 'number') return null;
  const entry = list(scenario.calibration).find((c) => c.path === path);
  const calibrated = entry ? fromCalibration(scenario, lang, path, entry) : null;
  if (calibrated) return calibrated;
  const mechanism = /^mechanisms\.([a-z0-9-]+)\.(.+)$/.exec(path);
  if (mechanism) {
    const [, id, rest] = mechanism;
    const positionPath = /^([A-Za-z]+)\.weight$/.exec(rest!);
    const mechanismNode = isNode(scenario.mechanisms) ? scenario.mechanisms[id!] : undefined;
    const position = positionPath && isNode(mechanismNode) ? fromPosition(lang, mechanismNode[positionPath[1]!]) : null;
    const rests = position ?? fromMechanism(scenario, lang, mechanismNode);
    if (rests) return rests;
  }
  return { grade: 'none' };
}

/** Whether a value lies outside the range the evidence supports (never, where no range is stated). */
export function outsideSupport(info: ParameterEvidence | null, value: number): boolean {
  const range = info?.supports;
  return range !== undefined && (value < range.min || value > range.max);
}
