/**
 * The replay file: everything needed to re-simulate a game exactly and to check that it was
 * not altered. Versioned; see docs/replay-format.md.
 */
import { z } from 'zod';
import { Decisions } from '../engine/decisions.ts';
import { MAX_JSON_CHARS } from '../scenario/json.ts';

export const REPLAY_FORMAT = 'between-two-fires-replay';
export const REPLAY_VERSION = 1;
/** Files larger than this are refused before parsing. */
export const MAX_REPLAY_BYTES = MAX_JSON_CHARS;

const Hash = z.string().regex(/^[0-9a-f]{16}$/, 'expected 16 hexadecimal digits');

export const TurnSummary = z
  .strictObject({
    meanTrust: z.number(),
    meanSecurity: z.number(),
    meanInsurgentInfluence: z.number(),
    cocaHectares: z.number(),
    clanStrength: z.number(),
    abuses: z.number(),
    civilianHarm: z.number(),
    reprisals: z.number(),
  })
  .describe('Region-wide figures after the turn, to say which ones differ when a turn does not verify.');
export type TurnSummary = z.infer<typeof TurnSummary>;

export const ReplayTurn = z
  .strictObject({
    decisions: Decisions,
    stateHash: Hash.describe('Canonical hash of the state after the turn.'),
    summary: TurnSummary,
    events: z.array(z.string()).describe('Events that happened in the turn, as eventId or eventId@community.'),
  })
  .describe('One turn played.');
export type ReplayTurn = z.infer<typeof ReplayTurn>;

export const Replay = z
  .strictObject({
    format: z.literal(REPLAY_FORMAT).describe('Always "between-two-fires-replay".'),
    formatVersion: z.literal(REPLAY_VERSION).describe('Version of this format.'),
    engineVersion: z.string().describe('Engine version that played the game.'),
    scenario: z
      .strictObject({
        id: z.string(),
        version: z.string(),
        hash: Hash.describe('Hash of the canonical JSON of the embedded scenario.'),
        content: z.unknown().describe('The scenario itself, so a replay of a custom scenario still opens.'),
      })
      .describe('The scenario played.'),
    seed: z.string().describe('The seed.'),
    player: z.string().max(200).optional().describe('Who played, if they said.'),
    initialHash: Hash.describe('Hash of the state before the first turn.'),
    turns: z.array(ReplayTurn).describe('Turns played so far; a game left unfinished is still a valid replay.'),
    finished: z.boolean().describe('Whether every turn was played.'),
    assessment: z
      .array(z.strictObject({ id: z.string(), value: z.number(), rating: z.enum(['good', 'fair', 'poor']) }))
      .nullable()
      .describe('The end-of-game assessment, or null for an unfinished game.'),
  })
  .describe('A Between Two Fires replay.');
export type Replay = z.infer<typeof Replay>;
