/**
 * The live class's messages, between students' and teachers' pages and the hub. Every message
 * is untrusted: its size is checked before it is parsed, its nesting before the parser sees it,
 * and its shape with zod, counts and lengths included. A turn carries what a replay file records
 * of it (the decisions and the state hash, in the replay schema's shapes), so the teacher's page
 * can re-simulate and check it; nothing a message says about an outcome is taken on trust by the
 * hub, which only relays. See docs/replay-format.md ("Live class messages").
 */
import { z } from 'zod';
import { Decisions } from '../engine/decisions.ts';
import { tooDeepAt } from '../scenario/json.ts';
import { ReplayTurn } from '../replay/schema.ts';

/** Largest message a page may send the hub (bytes): a turn's decisions take well under 2 KB. */
export const MAX_CLIENT_MESSAGE_BYTES = 16 * 1024;
/** Largest message the hub sends (a teacher's rebuild carries a whole class's turns). */
export const MAX_HUB_MESSAGE_BYTES = 8 * 1024 * 1024;
/** Deepest nesting in a message sent to the hub: a turn nests four levels. */
export const MAX_CLIENT_DEPTH = 6;
/** Most turns in a class (the replay format's scenarios run far fewer). */
export const MAX_TURNS = 200;
export const MAX_NAME_CHARS = 40;
export const MAX_PROMPT_CHARS = 280;

const Hash = ReplayTurn.shape.stateHash;
const Id = z.string().min(1).max(64);
const bounded = <T extends z.ZodType>(record: T, most: number) =>
  record.refine((value) => value === undefined || Object.keys(value as object).length <= most, `at most ${most} entries`);

/** A turn's decisions as the replay schema has them, with counts and lengths bounded. */
export const LiveDecisions = Decisions.safeExtend({
  levers: bounded(z.record(Id, z.number()).optional(), 32),
  allocation: bounded(z.record(Id, z.number()).optional(), 64),
  choices: bounded(z.record(Id, Id).optional(), 32),
});

/** One turn as the hub keeps and relays it. */
export const LiveTurn = z.strictObject({
  turn: z.number().int().min(1).max(MAX_TURNS),
  decisions: LiveDecisions,
  stateHash: Hash,
});
export type LiveTurn = z.infer<typeof LiveTurn>;

/** Class codes: eight letters and digits, none that look alike (0/O, 1/I/L), grouped 4-4 when shown. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ClassCode = z
  .string()
  .max(20)
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(new RegExp(`^[${CODE_ALPHABET}]{8}$`), 'a class code is 8 letters and digits'));

/** A display name: trimmed, spaces collapsed, no control characters. */
export const DisplayName = z
  .string()
  .max(200)
  .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, 'a name is needed')
      .max(MAX_NAME_CHARS, `a name has at most ${MAX_NAME_CHARS} characters`)
      .regex(/^[^\p{Cc}\p{Cf}]*$/u, 'a name cannot hold control characters'),
  );

const Token = z.string().regex(/^[0-9a-f]{32}$/);

/** What the class plays: every student's game starts from the same scenario and seed. */
export const ClassInfo = z.strictObject({
  scenarioId: Id,
  scenarioHash: Hash,
  engineVersion: z.string().max(32),
  seed: z.string().min(1).max(64),
  turns: z.number().int().min(1).max(MAX_TURNS),
});
export type ClassInfo = z.infer<typeof ClassInfo>;

/** The facilitator's controls, as every screen sees them. */
export const Control = z.strictObject({
  paused: z.boolean(),
  /** Play together: students may play up to this turn and wait there; null lets everyone play on. */
  releasedThrough: z.number().int().min(0).max(MAX_TURNS).nullable(),
  prompt: z.string().max(MAX_PROMPT_CHARS).nullable(),
});
export type Control = z.infer<typeof Control>;

export const StudentMessage = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('join'),
    code: ClassCode,
    name: DisplayName,
    /** Given by the hub on the first join; a page that has it takes its place back even while an old connection lingers. */
    token: Token.optional(),
    /** The seat code shown on the student's screen: moves the game to this page even while another page holds it. */
    seat: ClassCode.optional(),
    /** Content hashes of the scenarios the page holds: a page built from other scenario files cannot join. */
    scenarioHashes: z.array(Hash).min(1).max(16),
    engineVersion: z.string().max(32),
  }),
  z.strictObject({ type: z.literal('turn'), ...LiveTurn.shape }),
]);
export type StudentMessage = z.infer<typeof StudentMessage>;

export const TeacherMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('teach'), code: ClassCode, key: z.string().regex(/^[0-9a-f]{32}$/, 'a teacher key is 32 hexadecimal digits') }),
  z.strictObject({ type: z.literal('pause'), paused: z.boolean() }),
  z.strictObject({ type: z.literal('release'), through: z.number().int().min(0).max(MAX_TURNS).nullable() }),
  z.strictObject({ type: z.literal('prompt'), text: z.string().max(MAX_PROMPT_CHARS).nullable() }),
  z.strictObject({ type: z.literal('end') }),
]);
export type TeacherMessage = z.infer<typeof TeacherMessage>;

/** Anything a page may send: students' and teachers' messages (a connection is one or the other once it has joined). */
export const ClientMessage = z.union([StudentMessage, TeacherMessage]);
export type ClientMessage = z.infer<typeof ClientMessage>;

export const ERROR_CODES = [
  'bad-message',
  'too-large',
  'rate',
  'wrong-code',
  'wrong-key',
  'class-full',
  'hub-full',
  'name-taken',
  'other-scenario',
  'other-engine',
  'not-joined',
  'paused',
  'wait',
  'turn-out-of-range',
  'turn-conflict',
  'ended',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const StudentView = z.strictObject({
  id: Id,
  name: z.string().max(MAX_NAME_CHARS),
  connected: z.boolean(),
  /** Milliseconds since 1970 of the last turn received, or null. */
  lastAt: z.number().nullable(),
  turns: z.array(LiveTurn).max(MAX_TURNS),
  /** Turns resent with other contents than the ones recorded: flagged, never counted. */
  conflicts: z.array(z.number().int()).max(MAX_TURNS),
});
export type StudentView = z.infer<typeof StudentView>;

export const HubMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('welcome'), token: Token, seat: z.string().max(16).optional(), name: z.string(), class: ClassInfo, control: Control, turns: z.array(LiveTurn).max(MAX_TURNS) }),
  z.strictObject({ type: z.literal('ack'), have: z.number().int().min(0) }),
  z.strictObject({ type: z.literal('control'), control: Control }),
  z.strictObject({ type: z.literal('ended') }),
  z.strictObject({ type: z.literal('error'), code: z.enum(ERROR_CODES), message: z.string().max(500) }),
  z.strictObject({ type: z.literal('class'), code: z.string(), class: ClassInfo, control: Control, students: z.array(StudentView).max(1000) }),
  z.strictObject({ type: z.literal('turn'), student: Id, at: z.number(), ...LiveTurn.shape }),
  z.strictObject({ type: z.literal('student'), student: Id, name: z.string(), connected: z.boolean() }),
  z.strictObject({ type: z.literal('conflict'), student: Id, turn: z.number().int() }),
]);
export type HubMessage = z.infer<typeof HubMessage>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Parses one message within limits; a problem is one line naming the path. */
export function parseMessage<T>(schema: z.ZodType<T>, text: string, maxBytes: number, maxDepth: number): Parsed<T> {
  // Characters bound bytes from below; the socket layer also refuses frames over the limit.
  if (text.length > maxBytes) return { ok: false, error: `message too large (${text.length} characters; the limit is ${maxBytes})` };
  if (tooDeepAt(text, maxDepth) >= 0) return { ok: false, error: `message nests deeper than ${maxDepth} levels` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'message is not JSON' };
  }
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, error: `${issue.path.length ? issue.path.join('.') : 'message'}: ${issue.message}` };
}

export const parseClientMessage = (text: string) => parseMessage(ClientMessage, text, MAX_CLIENT_MESSAGE_BYTES, MAX_CLIENT_DEPTH);
export const parseHubMessage = (text: string) => parseMessage(HubMessage, text, MAX_HUB_MESSAGE_BYTES, 16);
