// No text in the project may copy the source articles in ../shared/sources/: not eight
// consecutive words of theirs (except inside quotation marks in a text that names its source),
// and not a sentence that keeps most of a source sentence's content words in the source's order
// with a few words swapped (a close paraphrase). Facts, figures and names may be used; wording
// may not.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeSource, indexSources, sentences } from './paraphrase.ts';
import { projectTexts, SOURCES_DIR, sourceTexts, unquoted } from './projectTexts.ts';

const RUN = 8;

const words = (text: string): string[] => text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

function runsOf(text: string): Set<string> {
  const w = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
  return runs;
}

/** The first run of eight words the text shares with the sources, or null. */
function sharedRun(text: string, sourceRuns: Set<string>): string | null {
  const w = words(unquoted(text));
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN).join(' ');
    if (sourceRuns.has(run)) return run;
  }
  return null;
}

/**
 * The nine close paraphrases a content audit found in the scenarios, as they read before they
 * were rewritten: the check must keep catching sentences like them.
 */
const AUDITED_PARAPHRASES = [
  'In Zech\'s account, drawing on van Dun, the push of the mid-2000s disrupted social order and brought widespread violence until communities organized their own security.',
  'An eradication push in the Upper Huallaga in the mid-2000s broke down social order and brought widespread violence, until communities organized to provide their own security.',
  'In 2008 soldiers killed villagers they called subversives in one VRAEM community; months later guerrillas kidnapped its leader for supposedly helping the army.',
  'One group near Huanta patrols jointly with others and meets monthly at a military base for training and weapons upkeep.',
  'The VRAEM grows the most illegal coca in Peru and holds the strongest Sendero remnant.',
  'The capture of "Comrade Artemio" in the Upper Huallaga in 2012 and the deaths of the VRAEM commanders "Alipio" and "Gabriel" in 2013 removed obstacles that had kept the security forces out of these areas.',
  'General Leonardo Longa López, new head of the VRAEM Special Command, read a spate of Sendero attacks and kidnappings as a last reaction to the military\'s push against the drug trade: supplies for drug production were no longer getting through, he said, and the militants were dwindling as members deserted.',
  'Zech suggests that closer ties to the United States and growing dependence on its money may lead Peru to copy Colombia\'s eradication-first approach.',
  'Farmers pick coca leaf four or five times a year, while most other crops give about two harvests a year.',
  'A helicopter fires around the edge of the village without a clear target.',
];

describe.skipIf(!existsSync(SOURCES_DIR))('copy check against the source articles', () => {
  const sourceRuns = new Set<string>();
  for (const text of sourceTexts()) for (const run of runsOf(text)) sourceRuns.add(run);
  const index = indexSources(sourceTexts());
  const texts = projectTexts();

  it('reads the sources', () => {
    expect(sourceRuns.size).toBeGreaterThan(1000);
    expect(index.sentences.length).toBeGreaterThan(300);
  });

  it('catches a copied sentence, and lets an attributed quotation through', () => {
    const sentence = 'Eradication does not work without supplementary programs that generate broad and equitable development';
    expect(sharedRun(`As the article puts it, ${sentence}.`, sourceRuns)).not.toBeNull();
    expect(sharedRun(`Zech writes: “${sentence}” (endnote 38).`, sourceRuns)).toBeNull();
    expect(sharedRun(`“${sentence}”, unattributed.`, sourceRuns)).not.toBeNull();
  });

  it('finds no text in the project that shares eight consecutive words with a source', () => {
    const copies = texts
      .map(([file, text]) => [file, sharedRun(text, sourceRuns)] as const)
      .filter(([, run]) => run !== null)
      .map(([file, run]) => `${file}: "${run}"`);
    expect(copies).toEqual([]);
  });

  it('catches each close paraphrase the audit found, which eight-word runs miss', () => {
    for (const paraphrase of AUDITED_PARAPHRASES) {
      expect(sharedRun(paraphrase, sourceRuns), paraphrase).toBeNull();
      expect(closeSource(paraphrase, index), paraphrase).not.toBeNull();
    }
  });

  it('lets a sentence through that tells the same facts in its own order and words', () => {
    expect(closeSource('Villagers in one VRAEM community were killed by soldiers in 2008 and branded subversives.', index)).not.toBeNull();
    expect(closeSource('Soldiers branded them subversives: in 2008 an army patrol killed several villagers of one VRAEM community.', index)).toBeNull();
    expect(closeSource('Florindo Eleuterio Flores Hala, "Comrade Artemio", who led Sendero\'s remnant in the Upper Huallaga, is captured.', index)).toBeNull();
  });

  it('finds no sentence in the project that closely paraphrases a source sentence', () => {
    const close = texts.flatMap(([file, text]) =>
      sentences(unquoted(text)).flatMap((sentence) => {
        const source = closeSource(sentence, index);
        return source === null ? [] : [`${file}: "${sentence}" keeps the order of "${source.slice(0, 160)}"`];
      }),
    );
    expect(close).toEqual([]);
  });
});
