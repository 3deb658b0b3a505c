/**
 * The scenario's own voices: the briefing pages a player reads before the first turn, the
 * glossary entries that belong to its place and period, and the advisers with their lines.
 * Each text may use the placeholders of ./texts.ts ({startYear}, {quarters}, {population}…), so
 * years and counts come from the scenario's own calendar and communities.
 */
import { z } from 'zod';
import { LeverId } from './vocabulary.ts';

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lower-case letters, digits and dashes, such as "pichari"');
const Text = (max: number) => z.string().min(1).max(max);

export const BriefingPage = z
  .strictObject({
    heading: Text(120).describe('The page heading, a few words.'),
    paragraphs: z.array(Text(1200)).min(1).max(5).describe('One to five short paragraphs.'),
  })
  .describe('One page of the briefing a player reads before the first turn.');

export const GlossaryEntry = z
  .strictObject({
    id: Id.describe('Entry id, the key of its translations.'),
    term: Text(120).describe('The word or name explained.'),
    definition: Text(1200).describe('What it means, in the author\'s own words.'),
    source: Text(400).describe('Where the explanation comes from, with its grade (stated, inferred, external, assumption).'),
  })
  .describe('A glossary entry true of this scenario\'s place or period; the game adds the entries true of every scenario.');

/** What an adviser can see before a turn; see src/analysis/situations.ts for how each is read. */
export const SITUATIONS = [
  'start',
  'abuse',
  'reprisal',
  'civilian-harm',
  'money-leaking',
  'eradication-drive',
  'no-eradication',
  'good-harvest',
  'bad-harvest',
  'coca-rising',
  'coca-falling',
  'clan-strong',
  'clan-weak',
  'trust-falling',
  'trust-rising',
  'security-falling',
  'raised-eradicationPace',
  'lowered-eradicationPace',
  'raised-developmentFunding',
  'lowered-developmentFunding',
  'raised-committeeSupport',
  'lowered-committeeSupport',
  'raised-committeeOversight',
  'lowered-committeeOversight',
  'raised-militaryOperations',
  'lowered-militaryOperations',
] as const;
export type SituationId = (typeof SITUATIONS)[number];

export const Situation = z
  .union([z.enum(SITUATIONS), z.string().regex(/^event:[a-z0-9][a-z0-9-]*$/, 'expected a situation such as "abuse" or "event:patrol-ambushed"')])
  .describe(
    'What must have just happened: "start" (before the first turn); "abuse", "reprisal", "civilian-harm" (a new incident last quarter); "money-leaking" (a third or more of development money lost); "eradication-drive" (eradication at 40 or more); "no-eradication"; "good-harvest" / "bad-harvest" (mean household income up / down 3 % or more); "coca-rising" / "coca-falling"; "clan-strong" (40 or more, or growing) / "clan-weak"; "trust-falling" / "trust-rising" (a point or more); "security-falling"; "raised-<lever>" / "lowered-<lever>" (the player\'s last move); "event:<id>" (that event card came up last quarter).',
  );

/** Region-wide figures a prediction may name, as in src/engine/summary.ts. */
export const PREDICTED = ['meanTrust', 'meanSecurity', 'meanInsurgentInfluence', 'cocaHectares', 'licitHectares', 'meanIncome', 'clanStrength'] as const;
export type Predicted = (typeof PREDICTED)[number];

export const AdviserLine = z
  .strictObject({
    id: Id.describe('Line id, unique within the adviser (the key of its translations).'),
    when: z.array(Situation).max(4).default([]).describe('Situations that must all hold for the line to be said; none: it can be said any quarter.'),
    text: Text(400).describe('What the adviser says: what they saw, what they want and a checkable prediction ("if you …, … within two quarters").'),
    advice: z
      .strictObject({
        lever: LeverId.describe('The lever the adviser wants moved.'),
        direction: z.enum(['raise', 'lower', 'hold']).describe('Which way.'),
      })
      .describe('What the adviser asks for; the player follows it by moving that lever that way in the coming turn (or leaving it where it is, for "hold").'),
    predicts: z
      .strictObject({
        measure: z.enum(PREDICTED).describe('The region-wide figure the prediction names.'),
        change: z.enum(['rise', 'fall']).describe('Which way it will move.'),
        within: z.number().int().min(1).max(4).describe('Quarters after the advice at which the prediction is judged.'),
      })
      .describe('The prediction the text makes, judged when the player followed the advice: held if the figure moved that way by then.'),
    evidence: Id.optional().describe('Evidence note behind what the line states as fact; a line without one states only the adviser\'s view.'),
  })
  .describe('One thing an adviser may say, with the situation that prompts it and the prediction it makes.');

export const Adviser = z
  .strictObject({
    id: Id.describe('Adviser id, recorded in saves when the player heeds them.'),
    name: Text(80).describe('A name (people in the scenario are invented unless the evidence says otherwise).'),
    role: Text(160).describe('Who they are and where, in a few words.'),
    lines: z.array(AdviserLine).min(1).max(40).describe('What they may say; before each turn they say the most specific line whose situations hold, not repeating a recent line while another fits. Eight or more keep them from repeating themselves.'),
  })
  .describe('An adviser with a stake in the outcome.');

export type BriefingPage = z.infer<typeof BriefingPage>;
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
export type Adviser = z.infer<typeof Adviser>;
export type AdviserLine = z.infer<typeof AdviserLine>;
