/**
 * docs/evidence.md, generated from a scenario: every evidence note with its grade and source,
 * the dated timeline, and the register of citations to the two articles across the shipped
 * scenarios, so a reader can check each claim without opening the JSON.
 */
import type { Scenario } from '../scenario/schema.ts';
import { citeSource, history } from '../scenario/timeline.ts';
import { citationRegister, type ShippedScenario } from './citationRegister.ts';

const GRADE_WORDS: Readonly<Record<string, string>> = {
  stated: 'stated in the source',
  inferred: 'inferred from the source',
  external: 'external published figure',
  assumption: 'assumption',
};

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** The notes and timeline of one scenario, then the register of article citations across the shipped ones. */
export function evidenceDoc(scenario: Scenario, file: string, shipped: readonly ShippedScenario[]): string {
  const sources = new Map(scenario.sources.map((s) => [s.id, s]));
  const counts = Object.keys(GRADE_WORDS).map((g) => `${scenario.evidence.filter((n) => n.grade === g).length} ${g}`);
  const lines = [
    `# The evidence behind ${scenario.title}`,
    '',
    `Generated from \`${file}\` by \`npm run schema\`; do not edit by hand. Every mechanism, event and`,
    'figure of the scenario cites one of these notes. Each note carries a grade: **stated** (the',
    'source says it), **inferred** (it follows from what the source says), **external** (a published',
    'figure from another source, cited in full) or **assumption** (the scenario\'s own choice, with',
    'the reason). Never read an assumption as a finding. Where each number comes from is in the',
    'scenario\'s `calibration` entries, each graded the same way; the model itself is described in',
    '[model.md](model.md).',
    '',
    `${scenario.evidence.length} notes: ${counts.join(', ')}.`,
    '',
    '## Evidence notes',
    '',
    '| id | grade | what it says | where |',
    '|---|---|---|---|',
    ...scenario.evidence.map((n) => {
      const source = sources.get(n.source);
      const where = source ? citeSource(source, n.locator) : n.locator;
      const said = n.reason === undefined ? n.paraphrase : `${n.paraphrase} *Why:* ${n.reason}`;
      return `| \`${n.id}\` | ${GRADE_WORDS[n.grade]} | ${cell(said)} | ${cell(where)} |`;
    }),
    '',
    '## What really happened',
    '',
    '| date | event | grade | source |',
    '|---|---|---|---|',
    ...history(scenario).map((e) => `| ${e.date} | **${cell(e.title)}.** ${cell(e.text)} | ${e.grade} | ${cell(e.citation)} |`),
    '',
    citationRegister(shipped),
  ];
  return lines.join('\n');
}
