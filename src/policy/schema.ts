/**
 * Policy files: a scripted player for headless runs. A constant plan of lever values, optional
 * overrides for ranges of turns, and a rule for answering choice events.
 */
import { z } from 'zod';
import { MAX_WEIGHT } from '../engine/decisions.ts';
import { TRANSLATION_LOCALES } from '../scenario/translationSchema.ts';

const LeverValues = z.record(z.string(), z.number()).describe('Lever values by lever id; levers left out keep their previous value.');
const Allocation = z.record(z.string(), z.number().min(0).max(MAX_WEIGHT)).describe(`Relative weights for development money by community id (0 to ${MAX_WEIGHT}).`);

export const Policy = z
  .strictObject({
    $schema: z.string().optional().describe('Path to a JSON Schema, for editors.'),
    name: z.string().min(1).describe('Short name printed in reports.'),
    description: z.string().min(1).describe('What the policy tries, in a sentence or two.'),
    scenario: z.string().min(1).optional().describe('Id of the scenario the policy was written for, when it follows that scenario\'s history.'),
    levers: LeverValues,
    allocation: Allocation.optional(),
    turns: z
      .array(
        z.strictObject({
          from: z.number().int().min(1).describe('First turn (1-based) of the range.'),
          to: z.number().int().min(1).describe('Last turn of the range.'),
          levers: LeverValues.optional(),
          allocation: Allocation.optional(),
          note: z.string().min(1).optional().describe('Why the levers take these values in these turns.'),
          source: z.string().min(1).optional().describe('Where that comes from: a citation, or the id of a source in the scenario.'),
        }),
      )
      .default([])
      .describe('Overrides for ranges of turns; later entries win.'),
    choices: z
      .strictObject({
        rule: z.enum(['first', 'last']).default('first').describe('Which option to take when an event is not listed in byEvent.'),
        byEvent: z.record(z.string(), z.string()).default({}).describe('Option id to take, by event id.'),
      })
      .default({ rule: 'first', byEvent: {} })
      .describe('How the policy answers choice events.'),
    translations: z
      .partialRecord(
        z.enum(TRANSLATION_LOCALES).describe('Language code.'),
        z.strictObject({
          name: z.string().min(1).max(200).optional(),
          description: z.string().min(1).max(4000).optional(),
        }),
      )
      .optional()
      .describe('The name and description in other languages, for screens that show the policy (the end screen\'s comparison). Left out: shown in English.'),
  })
  .describe('A scripted policy for npm run sim.');
export type Policy = z.infer<typeof Policy>;
