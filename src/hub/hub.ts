/**
 * The live class's hub: it admits students and teachers to classes, keeps each student's turns
 * in order and relays them to the class's teacher pages, and passes the facilitator's controls
 * to every screen. It never computes or judges an outcome (the teacher's page re-simulates every
 * turn); it only checks that messages are well formed, in order and within limits. Independent
 * of the network: the socket layer (server.ts) hands it text and a way to answer.
 *
 * Guarantees: a student receives only their own game; a turn received twice is acknowledged
 * once; a turn ahead of the one expected is answered with what the hub has, so the page resends
 * the gap; a turn resent with other contents is flagged to the teacher and never replaces the
 * first. Memory is bounded (classes, students, stored turns, connections) and each limit says
 * so when reached. Every change is journalled before it is acknowledged.
 */
import { randomBytes } from 'node:crypto';
import { sameJson } from '../replay/verify.ts';
import { Journal, type JournalRecord } from './journal.ts';
import {
  parseClientMessage,
  type ClassInfo,
  type ClientMessage,
  type Control,
  type ErrorCode,
  type HubMessage,
  type LiveTurn,
  type StudentView,
} from './protocol.ts';
import { TokenBucket } from './rateLimit.ts';
import { showCode } from './code.ts';
import { matches, newClassCode, newSecret, secretHash } from './secrets.ts';

export interface HubLimits {
  readonly maxClasses: number;
  readonly maxStudentsPerClass: number;
  readonly maxTeachersPerClass: number;
  /** Turns kept in memory over all classes. */
  readonly maxTurnsStored: number;
  readonly maxConnections: number;
  /** Messages a connection may send at once, then per second. */
  readonly messageBurst: number;
  readonly messagesPerSecond: number;
  /** Failed joins (wrong code or key) an address may make at once, then per second. */
  readonly failedJoinBurst: number;
  readonly failedJoinsPerSecond: number;
  /** A class and its journal are deleted this long after it opened, if not ended before. */
  readonly classLifetimeMs: number;
}

export const DEFAULT_LIMITS: HubLimits = {
  maxClasses: 50,
  maxStudentsPerClass: 60,
  maxTeachersPerClass: 4,
  maxTurnsStored: 200_000,
  maxConnections: 4000,
  messageBurst: 40,
  messagesPerSecond: 20,
  failedJoinBurst: 10,
  failedJoinsPerSecond: 0.1,
  classLifetimeMs: 12 * 60 * 60 * 1000,
};

/** The socket as the hub sees it. */
export interface Peer {
  readonly address: string;
  send(text: string): void;
  close(): void;
}

interface Student {
  readonly id: string;
  readonly name: string;
  tokenHash: string;
  readonly turns: LiveTurn[];
  readonly conflicts: number[];
  lastAt: number | null;
  connection: Connection | null;
}

interface ClassRoom {
  readonly id: string;
  readonly code: string;
  readonly keyHash: string;
  readonly info: ClassInfo;
  readonly openedAt: number;
  control: Control;
  readonly students: Map<string, Student>;
  /** By name, lower-cased: one student per name. */
  readonly byName: Map<string, Student>;
  readonly teachers: Set<Connection>;
}

export interface HubOptions {
  /** Folder of the journal; without one nothing survives a restart (tests of the logic alone). */
  readonly journalDir?: string;
  readonly limits?: Partial<HubLimits>;
  readonly now?: () => number;
  readonly log?: (line: string) => void;
  /** Called when a class ends (by the teacher or its time), after its data is deleted. */
  readonly onEnded?: (classId: string) => void;
}

export interface OpenedClass {
  readonly id: string;
  readonly code: string;
  readonly key: string;
}

const MAX_DROPPED = 50;
const MAX_FAILED_JOINS_PER_CONNECTION = 5;
const MAX_ADDRESSES_WATCHED = 10_000;

const nameKey = (name: string) => name.toLocaleLowerCase('en');

export class Hub {
  readonly limits: HubLimits;
  private readonly classes = new Map<string, ClassRoom>();
  private readonly byCode = new Map<string, ClassRoom>();
  private readonly failedJoins = new Map<string, TokenBucket>();
  private readonly connections = new Set<Connection>();
  private readonly journal: Journal | null;
  private turnsStored = 0;
  readonly now: () => number;
  readonly log: (line: string) => void;
  private readonly onEnded: (classId: string) => void;

  constructor(options: HubOptions = {}) {
    this.onEnded = options.onEnded ?? (() => undefined);
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.now = options.now ?? Date.now;
    this.log = options.log ?? (() => undefined);
    this.journal = options.journalDir ? new Journal(options.journalDir, this.log) : null;
    for (const records of this.journal?.load() ?? []) this.restore(records);
    this.sweep();
  }

  /** Opens a class; its code goes to students, its key only to the teacher. */
  openClass(info: ClassInfo): OpenedClass | { error: string } {
    if (this.classes.size >= this.limits.maxClasses) return { error: `the hub is full: ${this.limits.maxClasses} classes open` };
    let code = newClassCode();
    while (this.byCode.has(code)) code = newClassCode();
    const key = newSecret();
    const record: JournalRecord = { k: 'open', id: randomBytes(8).toString('hex'), code, keyHash: secretHash(key), info, at: this.now() };
    this.journal?.append(record.id, record);
    const room = this.apply(null, record)!;
    this.log(`class ${showCode(code)} open: ${info.scenarioId}, seed ${info.seed}, ${info.turns} turns`);
    return { id: room.id, code, key };
  }

  /** Deletes classes past their lifetime, and forgets addresses whose failed joins are long past. */
  sweep(): void {
    const now = this.now();
    for (const room of [...this.classes.values()]) if (now - room.openedAt > this.limits.classLifetimeMs) this.end(room, 'its time is up');
    for (const [address, bucket] of this.failedJoins) if (bucket.full(now)) this.failedJoins.delete(address);
  }

  /** The classes open (restored from the journal or opened since), by id and code. */
  openClasses(): { id: string; code: string; info: ClassInfo }[] {
    return [...this.classes.values()].map((room) => ({ id: room.id, code: room.code, info: room.info }));
  }

  stats(): { classes: number; students: number; turns: number; connections: number } {
    let students = 0;
    for (const room of this.classes.values()) students += room.students.size;
    return { classes: this.classes.size, students, turns: this.turnsStored, connections: this.connections.size };
  }

  /** A new socket; null (after telling it why) when the hub has all the connections it takes. */
  connect(peer: Peer): Connection | null {
    if (this.connections.size >= this.limits.maxConnections) {
      peer.send(JSON.stringify(error('hub-full', `the hub is full: ${this.limits.maxConnections} connections`)));
      peer.close();
      this.log(`connection from ${peer.address} refused: hub full`);
      return null;
    }
    const connection = new Connection(this, peer);
    this.connections.add(connection);
    return connection;
  }

  /** @internal */
  disconnected(connection: Connection): void {
    this.connections.delete(connection);
    const { room, student } = connection;
    if (!room) return;
    if (student && student.connection === connection) {
      student.connection = null;
      this.toTeachers(room, { type: 'student', student: student.id, name: student.name, connected: false });
    }
    room.teachers.delete(connection);
  }

  /** @internal A join or teach attempt that failed: false once the address has tried too often. */
  failedJoin(address: string): boolean {
    const now = this.now();
    let bucket = this.failedJoins.get(address);
    if (!bucket) {
      if (this.failedJoins.size >= MAX_ADDRESSES_WATCHED) this.sweep();
      bucket = new TokenBucket(this.limits.failedJoinBurst, this.limits.failedJoinsPerSecond, now);
      if (this.failedJoins.size < MAX_ADDRESSES_WATCHED) this.failedJoins.set(address, bucket);
    }
    return bucket.take(now);
  }

  /** @internal */
  handle(connection: Connection, message: ClientMessage): HubMessage | null {
    switch (message.type) {
      case 'join':
        return this.join(connection, message);
      case 'turn':
        return this.turn(connection, message);
      case 'teach':
        return this.teach(connection, message.code, message.key);
      default:
        return this.control(connection, message);
    }
  }

  private join(connection: Connection, message: Extract<ClientMessage, { type: 'join' }>): HubMessage {
    if (connection.room) return error('bad-message', 'this connection has already joined a class');
    const room = this.byCode.get(message.code);
    if (!room) return connection.refused('wrong-code', `no class has the code ${showCode(message.code)}`);
    if (message.engineVersion !== room.info.engineVersion)
      return error('other-engine', `this class plays engine version ${room.info.engineVersion}; this page has ${message.engineVersion} (reload the page from the class's address)`);
    if (!message.scenarioHashes.includes(room.info.scenarioHash)) return error('other-scenario', `this class plays another version of the scenario "${room.info.scenarioId}" (reload the page from the class's address)`);
    const existing = room.byName.get(nameKey(message.name));
    const tokenMatches = existing !== undefined && message.token !== undefined && matches(message.token, existing.tokenHash);
    if (existing && existing.connection && !tokenMatches) return error('name-taken', `the name "${existing.name}" is taken in this class; choose another`);
    if (!existing && room.students.size >= this.limits.maxStudentsPerClass) return error('class-full', `the class is full: ${this.limits.maxStudentsPerClass} students`);
    // A page that kept its token keeps it; a student coming back on another computer (code and name) gets a new one.
    const token = tokenMatches ? message.token! : newSecret();
    const id = existing?.id ?? `s${room.students.size + 1}`;
    const record: JournalRecord = { k: 'join', s: id, name: existing?.name ?? message.name, tokenHash: secretHash(token), at: this.now() };
    this.journal?.append(room.id, record);
    const student = this.apply(room, record) as Student;
    const previous = student.connection;
    student.connection = connection;
    connection.joined(room, student);
    if (previous && previous !== connection) previous.replaced();
    this.toTeachers(room, { type: 'student', student: student.id, name: student.name, connected: true });
    this.log(`class ${showCode(room.code)}: ${student.name} ${existing ? 'back' : 'joined'} (${student.turns.length} turns)`);
    return { type: 'welcome', token, name: student.name, class: room.info, control: room.control, turns: student.turns };
  }

  private turn(connection: Connection, message: Extract<ClientMessage, { type: 'turn' }>): HubMessage {
    const { room, student } = connection;
    if (!room || !student) return error('not-joined', 'join a class before sending turns');
    const have = student.turns.length;
    const ack: HubMessage = { type: 'ack', have };
    const turn: LiveTurn = { turn: message.turn, decisions: message.decisions, stateHash: message.stateHash };
    if (turn.turn > room.info.turns) return error('turn-out-of-range', `this class plays ${room.info.turns} turns; turn ${turn.turn} was sent`);
    if (turn.turn <= have) {
      const recorded = student.turns[turn.turn - 1]!;
      if (recorded.stateHash === turn.stateHash && sameJson(recorded.decisions, turn.decisions)) return ack; // a duplicate
      if (!student.conflicts.includes(turn.turn)) {
        const record: JournalRecord = { k: 'conflict', s: student.id, turn: turn.turn, at: this.now() };
        this.journal?.append(room.id, record);
        this.apply(room, record);
        this.toTeachers(room, { type: 'conflict', student: student.id, turn: turn.turn });
        this.log(`class ${showCode(room.code)}: ${student.name} sent turn ${turn.turn} again with other contents (flagged)`);
      }
      connection.send(error('turn-conflict', `turn ${turn.turn} was already received with other decisions; the first one counts`));
      return ack;
    }
    // Ahead of the turn expected (a message overtaken after a reconnection): the page resends from `have`.
    if (turn.turn > have + 1) return ack;
    if (room.control.paused) return error('paused', 'the class is paused; your turn is kept and sent when it resumes');
    if (room.control.releasedThrough !== null && turn.turn > room.control.releasedThrough)
      return error('wait', `the class plays together: turn ${turn.turn} opens when the teacher releases it`);
    if (this.turnsStored >= this.limits.maxTurnsStored) {
      this.log(`hub full: ${this.limits.maxTurnsStored} turns stored; turn refused`);
      return error('hub-full', `the hub is full (${this.limits.maxTurnsStored} turns stored); your turn is kept on this computer`);
    }
    const record: JournalRecord = { k: 'turn', s: student.id, t: turn, at: this.now() };
    this.journal?.append(room.id, record);
    this.apply(room, record);
    this.toTeachers(room, { type: 'turn', student: student.id, at: record.at, ...turn });
    return { type: 'ack', have: student.turns.length };
  }

  private teach(connection: Connection, code: string, key: string): HubMessage {
    if (connection.room) return error('bad-message', 'this connection has already joined a class');
    const room = this.byCode.get(code);
    if (!room || !matches(key, room.keyHash)) return connection.refused(room ? 'wrong-key' : 'wrong-code', room ? 'this is not the teacher key of the class' : `no class has the code ${showCode(code)}`);
    if (room.teachers.size >= this.limits.maxTeachersPerClass) return error('class-full', `${this.limits.maxTeachersPerClass} teacher pages are open for this class already`);
    room.teachers.add(connection);
    connection.joined(room, null);
    return this.snapshot(room);
  }

  private snapshot(room: ClassRoom): HubMessage {
    const students: StudentView[] = [...room.students.values()].map((s) => ({
      id: s.id,
      name: s.name,
      connected: s.connection !== null,
      lastAt: s.lastAt,
      turns: s.turns,
      conflicts: s.conflicts,
    }));
    return { type: 'class', code: room.code, class: room.info, control: room.control, students };
  }

  private control(connection: Connection, message: Exclude<ClientMessage, { type: 'join' | 'turn' | 'teach' }>): HubMessage | null {
    const room = connection.room;
    if (!room || connection.student || !room.teachers.has(connection)) return error('not-joined', 'only the class\'s teacher can do this');
    if (message.type === 'end') {
      this.end(room, 'the teacher ended it');
      return null;
    }
    const control: Control =
      message.type === 'pause'
        ? { ...room.control, paused: message.paused }
        : message.type === 'release'
          ? { ...room.control, releasedThrough: message.through }
          : { ...room.control, prompt: message.text === null || message.text.trim() === '' ? null : message.text.trim() };
    const record: JournalRecord = { k: 'control', control, at: this.now() };
    this.journal?.append(room.id, record);
    this.apply(room, record);
    const update: HubMessage = { type: 'control', control };
    for (const student of room.students.values()) student.connection?.send(update);
    this.toTeachers(room, update);
    return null;
  }

  /** Ends a class: every screen is told, its data is deleted from memory and disk. */
  private end(room: ClassRoom, why: string): void {
    const ended: HubMessage = { type: 'ended' };
    const open = [...room.teachers, ...[...room.students.values()].flatMap((s) => (s.connection ? [s.connection] : []))];
    for (const connection of open) {
      connection.send(ended);
      connection.left();
    }
    for (const student of room.students.values()) this.turnsStored -= student.turns.length;
    this.classes.delete(room.id);
    this.byCode.delete(room.code);
    this.journal?.remove(room.id);
    this.log(`class ${showCode(room.code)} ended (${why}); its data is deleted`);
    this.onEnded(room.id);
  }

  private toTeachers(room: ClassRoom, message: HubMessage): void {
    for (const teacher of room.teachers) teacher.send(message);
  }

  /** Applies one journal record to memory: the one path for live changes and a restart alike. */
  private apply(room: ClassRoom | null, record: JournalRecord): ClassRoom | Student | null {
    if (record.k === 'open') {
      const opened: ClassRoom = {
        id: record.id,
        code: record.code,
        keyHash: record.keyHash,
        info: record.info,
        openedAt: record.at,
        control: { paused: false, releasedThrough: null, prompt: null },
        students: new Map(),
        byName: new Map(),
        teachers: new Set(),
      };
      this.classes.set(opened.id, opened);
      this.byCode.set(opened.code, opened);
      return opened;
    }
    if (!room) return null;
    if (record.k === 'control') {
      room.control = record.control;
      return room;
    }
    if (record.k === 'join') {
      const known = room.students.get(record.s);
      if (known) {
        known.tokenHash = record.tokenHash;
        return known;
      }
      const student: Student = { id: record.s, name: record.name, tokenHash: record.tokenHash, turns: [], conflicts: [], lastAt: null, connection: null };
      room.students.set(student.id, student);
      room.byName.set(nameKey(student.name), student);
      return student;
    }
    const student = room.students.get(record.s);
    if (!student) return null;
    if (record.k === 'conflict') {
      if (!student.conflicts.includes(record.turn)) student.conflicts.push(record.turn);
    } else if (record.t.turn === student.turns.length + 1) {
      student.turns.push(record.t);
      student.lastAt = record.at;
      this.turnsStored++;
    }
    return student;
  }

  private restore(records: JournalRecord[]): void {
    const first = records[0];
    if (first?.k !== 'open') return;
    const room = this.apply(null, first) as ClassRoom;
    for (const record of records.slice(1)) this.apply(room, record);
    this.log(`class ${showCode(room.code)} restored from the journal: ${room.students.size} students`);
  }
}

const error = (code: ErrorCode, message: string): HubMessage => ({ type: 'error', code, message });

/** One socket: its rate limits, and the class and student it joined as. */
export class Connection {
  room: ClassRoom | null = null;
  student: Student | null = null;
  private readonly messages: TokenBucket;
  private dropped = 0;
  private failed = 0;
  private open = true;

  constructor(
    private readonly hub: Hub,
    private readonly peer: Peer,
  ) {
    this.messages = new TokenBucket(hub.limits.messageBurst, hub.limits.messagesPerSecond, hub.now());
  }

  /** A text frame from the page. */
  receive(text: string): void {
    if (!this.open) return;
    if (!this.messages.take(this.hub.now())) {
      if (++this.dropped > MAX_DROPPED) return this.drop('too many messages');
      if (this.dropped === 1 || this.dropped % 10 === 0) this.send(error('rate', 'too many messages; slow down'));
      return;
    }
    const parsed = parseClientMessage(text);
    if (!parsed.ok) {
      this.hub.log(`message from ${this.peer.address} refused: ${parsed.error}`);
      this.send(error(parsed.error.startsWith('message too large') ? 'too-large' : 'bad-message', parsed.error));
      return;
    }
    const answer = this.hub.handle(this, parsed.value);
    // Every refusal is one line in the hub's log too (a held turn is not a refusal).
    if (answer?.type === 'error' && answer.code !== 'paused' && answer.code !== 'wait') this.hub.log(`${parsed.value.type} from ${this.peer.address} refused (${answer.code}): ${answer.message}`);
    if (answer) this.send(answer);
  }

  /** The socket closed. */
  closed(): void {
    if (!this.open) return;
    this.open = false;
    this.hub.disconnected(this);
  }

  send(message: HubMessage): void {
    if (this.open) this.peer.send(JSON.stringify(message));
  }

  /** @internal */
  joined(room: ClassRoom, student: Student | null): void {
    this.room = room;
    this.student = student;
  }

  /** @internal A failed join: said once, and the connection closed when it or its address tries too often. */
  refused(code: ErrorCode, message: string): HubMessage {
    const allowed = this.hub.failedJoin(this.peer.address);
    if (!allowed || ++this.failed >= MAX_FAILED_JOINS_PER_CONNECTION) {
      const answer = error('rate', 'too many attempts with a wrong code; wait a minute and check the code');
      this.send(answer);
      this.drop('too many failed joins');
      return answer;
    }
    return error(code, message);
  }

  /** @internal Another page took this student's place (a reload, another computer). */
  replaced(): void {
    this.send(error('name-taken', 'this game continues on another page'));
    this.student = null;
    this.left();
  }

  /** @internal The class ended or the connection was replaced: closed without touching the class. */
  left(): void {
    this.room = null;
    this.student = null;
    this.open = false;
    this.peer.close();
    this.hub.disconnected(this);
  }

  private drop(why: string): void {
    this.hub.log(`connection from ${this.peer.address} closed: ${why}`);
    this.left();
  }
}
