/**
 * The live class's hub: it admits students and teachers to classes, keeps each student's turns
 * in order and relays them to the class's teacher pages, and passes the facilitator's controls
 * to every screen. It never computes or judges an outcome (the teacher's page re-simulates every
 * turn); it only checks that messages are well formed, in order and within limits. Independent
 * of the network: the socket layer (server.ts) hands it text and a way to answer.
 *
 * Every change is a journal record, stored (classStore.ts) before it is acknowledged and applied
 * to memory by one path, whether this hub decided it, another hub process sharing the class did
 * (hubBus.ts), or a restart reads it back. Decisions for a class are taken one at a time, on
 * the records seen so far; when another process stored a record first, the decision is taken
 * again on what it missed.
 *
 * Guarantees: a student receives only their own game; a turn received twice is acknowledged
 * once; a turn ahead of the one expected is answered with what the hub has, so the page resends
 * the gap; a turn resent with other contents is flagged to the teacher and never replaces the
 * first. A seat is taken back only with the page's token or the seat code shown on the student's
 * screen, never with the name alone. Memory is bounded (classes, students, stored turns,
 * connections) and each limit says so when reached.
 */
import { randomBytes } from 'node:crypto';
import { sameJson } from '../replay/verify.ts';
import type { ClassStore, JournalRecord } from './classStore.ts';
import type { BusEvent, HubBus } from './hubBus.ts';
import { Journal } from './journal.ts';
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
  seatHash: string | null;
  readonly turns: LiveTurn[];
  readonly conflicts: number[];
  lastAt: number | null;
  /** The connection holding the seat, on whichever process (null: no page open). */
  online: string | null;
  /** That connection, when it is on this process. */
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
  /** Teacher pages connected to this process. */
  readonly teachers: Set<Connection>;
  /** Records of the class's journal applied to memory. */
  seq: number;
  /** Decisions for the class, taken one at a time on this process. */
  queue: Promise<unknown>;
}

export interface HubOptions {
  /** Folder of the journal; without one (nor a store) nothing survives a restart (tests of the logic alone). */
  readonly journalDir?: string;
  /** Another store than a folder (Redis, for hub processes sharing classes). */
  readonly store?: ClassStore;
  /** How hub processes sharing the store hear of one another's changes. */
  readonly bus?: HubBus;
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

/** A decision: the records it adds to the class's journal, and what follows once they are stored. */
interface Step {
  readonly records: JournalRecord[];
  readonly then: () => HubMessage | null;
}

const MAX_DROPPED = 50;
const MAX_FAILED_JOINS_PER_CONNECTION = 5;
const MAX_ADDRESSES_WATCHED = 10_000;
/** Times a decision is taken again because another process stored a record first. */
const MAX_RETRIES = 50;

const nameKey = (name: string) => name.toLocaleLowerCase('en');
const answer = (message: HubMessage | null): Step => ({ records: [], then: () => message });

export class Hub {
  readonly limits: HubLimits;
  /** Names this process's connections (`via` in join records). */
  readonly node = randomBytes(4).toString('hex');
  private readonly classes = new Map<string, ClassRoom>();
  private readonly byCode = new Map<string, ClassRoom>();
  private readonly failedJoins = new Map<string, TokenBucket>();
  private readonly connections = new Set<Connection>();
  private readonly store: ClassStore | null;
  private readonly bus: HubBus | null;
  private turnsStored = 0;
  private connectionCount = 0;
  readonly now: () => number;
  readonly log: (line: string) => void;
  private readonly onEnded: (classId: string) => void;

  constructor(options: HubOptions = {}) {
    this.onEnded = options.onEnded ?? (() => undefined);
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.now = options.now ?? Date.now;
    this.log = options.log ?? (() => undefined);
    this.store = options.store ?? (options.journalDir ? new Journal(options.journalDir, this.log) : null);
    this.bus = options.bus ?? null;
  }

  /** Reads the classes back from the store, and listens to the other processes. */
  async start(): Promise<void> {
    for (const records of (await this.store?.load()) ?? []) this.restore(records);
    // Alone on its store, no page is open after a restart; sharing it, the seats others hold stay held.
    if (!this.bus) for (const room of this.classes.values()) for (const student of room.students.values()) student.online = null;
    this.bus?.subscribe((event) => void this.heard(event));
    this.sweep();
  }

  async close(): Promise<void> {
    await this.bus?.close();
    await this.store?.close();
  }

  /** Opens a class; its code goes to students, its key only to the teacher. */
  async openClass(info: ClassInfo): Promise<OpenedClass | { error: string }> {
    if (this.classes.size >= this.limits.maxClasses) return { error: `the hub is full: ${this.limits.maxClasses} classes open` };
    let code = newClassCode();
    while (this.byCode.has(code) || (await this.store?.find(code))) code = newClassCode();
    const key = newSecret();
    const record: JournalRecord = { k: 'open', id: randomBytes(8).toString('hex'), code, keyHash: secretHash(key), info, at: this.now() };
    const stored = (await this.store?.append(record.id, 0, [record])) ?? { ok: true };
    if (!stored.ok) return { error: 'a class with this id exists already' };
    this.bus?.publish({ kind: 'records', classId: record.id, from: 0, records: [record] });
    const room = this.restore([record])!;
    this.log(`class ${showCode(code)} open: ${info.scenarioId}, seed ${info.seed}, ${info.turns} turns`);
    return { id: room.id, code, key };
  }

  /** Deletes classes past their lifetime, and forgets addresses whose failed joins are long past. */
  sweep(): void {
    const now = this.now();
    for (const room of [...this.classes.values()]) if (now - room.openedAt > this.limits.classLifetimeMs) this.end(room, 'its time is up', true);
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
    const connection = new Connection(this, peer, `${this.node}.${++this.connectionCount}`);
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
      this.disconnectedSeat(room, student, connection.id);
    }
    room.teachers.delete(connection);
  }

  private disconnectedSeat(room: ClassRoom, student: Student, via: string): void {
    this.left(room, student, via);
    this.bus?.publish({ kind: 'left', classId: room.id, student: student.id, via });
  }

  private left(room: ClassRoom, student: Student, via: string): void {
    if (student.online !== via) return;
    student.online = null;
    this.toTeachers(room, { type: 'student', student: student.id, name: student.name, connected: false });
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

  /** @internal A message from a connection, answered once the class's earlier decisions on this process are done. */
  async handle(connection: Connection, message: ClientMessage): Promise<HubMessage | null> {
    const room = message.type === 'join' || message.type === 'teach' ? await this.find(message.code) : connection.room;
    if (message.type === 'join' || message.type === 'teach') {
      if (connection.room) return error('bad-message', 'this connection has already joined a class');
      if (!room) return connection.refused('wrong-code', `no class has the code ${showCode(message.code)}`);
    }
    if (!room) return error('not-joined', message.type === 'turn' ? 'join a class before sending turns' : 'only the class\'s teacher can do this');
    const decided = room.queue.then(() => this.decide(room, () => this.step(room, connection, message)));
    room.queue = decided.catch(() => undefined);
    return decided;
  }

  /** The class with this code: known here, or opened by another process sharing the store. */
  private async find(code: string): Promise<ClassRoom | null> {
    const known = this.byCode.get(code);
    if (known || !this.bus) return known ?? null;
    const records = await this.store?.find(code);
    return this.byCode.get(code) ?? (records ? this.restore(records) : null);
  }

  /** Takes a decision and stores its records; on a class another process changed meanwhile, reads what it missed and decides again. */
  private async decide(room: ClassRoom, step: () => Step): Promise<HubMessage | null> {
    for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
      if (this.classes.get(room.id) !== room) return error('ended', 'the class has ended');
      const { records, then } = step();
      if (records.length === 0 || !this.store) {
        this.applyAll(room, room.seq, records);
        return then();
      }
      const from = room.seq;
      const stored = await this.store.append(room.id, from, records);
      if (stored.ok) {
        this.bus?.publish({ kind: 'records', classId: room.id, from, records });
        this.applyAll(room, from, records);
        return then();
      }
      if (stored.count < room.seq) {
        // Deleted (ended on another process), or shorter than what this process applied: the store lost records.
        this.end(room, stored.count === 0 ? 'its journal was deleted' : `its journal lost records (${stored.count} of ${room.seq} left)`, false);
        return error('ended', 'the class has ended');
      }
      await this.catchUp(room);
    }
    return error('rate', 'the class is busy; the page sends again');
  }

  /** Reads and applies the records of a class this process has not seen. */
  private async catchUp(room: ClassRoom): Promise<void> {
    const from = room.seq;
    this.applyAll(room, from, (await this.store?.read(room.id, from)) ?? []);
  }

  /** What another process said. */
  private async heard(event: BusEvent): Promise<void> {
    const room = this.classes.get(event.classId);
    if (event.kind === 'records') {
      if (!room) {
        const first = event.records[0];
        if (event.from === 0 && first?.k === 'open') this.restore([...event.records]);
        return;
      }
      if (event.from > room.seq) await this.catchUp(room);
      else this.applyAll(room, event.from, event.records);
    } else if (room && event.kind === 'left') {
      const student = room.students.get(event.student);
      if (student) this.left(room, student, event.via);
    } else if (room && event.kind === 'ended') this.end(room, 'the teacher ended it (on another process)', false);
  }

  private step(room: ClassRoom, connection: Connection, message: ClientMessage): Step {
    switch (message.type) {
      case 'join':
        return this.join(room, connection, message);
      case 'turn':
        return this.turn(room, connection, message);
      case 'teach':
        return answer(this.teach(room, connection, message.key));
      default:
        return this.control(room, connection, message);
    }
  }

  private join(room: ClassRoom, connection: Connection, message: Extract<ClientMessage, { type: 'join' }>): Step {
    if (connection.room) return answer(error('bad-message', 'this connection has already joined a class'));
    if (message.engineVersion !== room.info.engineVersion)
      return answer(error('other-engine', `this class plays engine version ${room.info.engineVersion}; this page has ${message.engineVersion} (reload the page from the class's address)`));
    if (!message.scenarioHashes.includes(room.info.scenarioHash)) return answer(error('other-scenario', `this class plays another version of the scenario "${room.info.scenarioId}" (reload the page from the class's address)`));
    const existing = room.byName.get(nameKey(message.name));
    const tokenMatches = existing !== undefined && message.token !== undefined && matches(message.token, existing.tokenHash);
    const seatMatches = existing?.seatHash != null && message.seat !== undefined && matches(message.seat, existing.seatHash);
    if (existing && !tokenMatches && !seatMatches) {
      // The name alone never takes a seat: a classmate typing it would take the game over.
      if (message.seat !== undefined) return answer(connection.refused('name-taken', `the seat code does not match the one of "${existing.name}"`));
      return answer(error('name-taken', `the name "${existing.name}" is taken in this class; if it is yours, type the seat code shown on your other screen`));
    }
    if (!existing && room.students.size >= this.limits.maxStudentsPerClass) return answer(error('class-full', `the class is full: ${this.limits.maxStudentsPerClass} students`));
    // A page that kept its token keeps it; a game moved to another computer (seat code) gets a new one.
    const token = tokenMatches ? message.token! : newSecret();
    const seat = existing ? null : newSeatCode();
    const id = existing?.id ?? `s${room.students.size + 1}`;
    const seatHash = existing ? existing.seatHash : secretHash(seat!);
    const record: JournalRecord = { k: 'join', s: id, name: existing?.name ?? message.name, tokenHash: secretHash(token), ...(seatHash ? { seatHash } : {}), via: connection.id, at: this.now() };
    return {
      records: [record],
      then: () => {
        const student = room.students.get(id)!;
        if (!connection.isOpen) {
          // The page left while its join was being stored.
          this.disconnectedSeat(room, student, connection.id);
          return null;
        }
        if (student.online === connection.id) {
          student.connection = connection;
          connection.joined(room, student);
        } else return error('name-taken', 'this game continues on another page'); // taken again meanwhile, on another process
        this.log(`class ${showCode(room.code)}: ${student.name} ${existing ? 'back' : 'joined'} (${student.turns.length} turns)`);
        return { type: 'welcome', token, ...(seat ? { seat } : {}), name: student.name, class: room.info, control: room.control, turns: student.turns };
      },
    };
  }

  private turn(room: ClassRoom, connection: Connection, message: Extract<ClientMessage, { type: 'turn' }>): Step {
    const { student } = connection;
    if (!student || connection.room !== room) return answer(error('not-joined', 'join a class before sending turns'));
    const have = student.turns.length;
    const ack: HubMessage = { type: 'ack', have };
    const turn: LiveTurn = { turn: message.turn, decisions: message.decisions, stateHash: message.stateHash };
    if (turn.turn > room.info.turns) return answer(error('turn-out-of-range', `this class plays ${room.info.turns} turns; turn ${turn.turn} was sent`));
    if (turn.turn <= have) {
      const recorded = student.turns[turn.turn - 1]!;
      if (recorded.stateHash === turn.stateHash && sameJson(recorded.decisions, turn.decisions)) return answer(ack); // a duplicate
      const conflict = () => {
        connection.send(error('turn-conflict', `turn ${turn.turn} was already received with other decisions; the first one counts`));
        return ack;
      };
      if (student.conflicts.includes(turn.turn)) return { records: [], then: conflict };
      this.log(`class ${showCode(room.code)}: ${student.name} sent turn ${turn.turn} again with other contents (flagged)`);
      return { records: [{ k: 'conflict', s: student.id, turn: turn.turn, at: this.now() }], then: conflict };
    }
    // Ahead of the turn expected (a message overtaken after a reconnection): the page resends from `have`.
    if (turn.turn > have + 1) return answer(ack);
    if (room.control.paused) return answer(error('paused', 'the class is paused; your turn is kept and sent when it resumes'));
    if (room.control.releasedThrough !== null && turn.turn > room.control.releasedThrough)
      return answer(error('wait', `the class plays together: turn ${turn.turn} opens when the teacher releases it`));
    if (this.turnsStored >= this.limits.maxTurnsStored) {
      this.log(`hub full: ${this.limits.maxTurnsStored} turns stored; turn refused`);
      return answer(error('hub-full', `the hub is full (${this.limits.maxTurnsStored} turns stored); your turn is kept on this computer`));
    }
    return { records: [{ k: 'turn', s: student.id, t: turn, at: this.now() }], then: () => ({ type: 'ack', have: student.turns.length }) };
  }

  private teach(room: ClassRoom, connection: Connection, key: string): HubMessage {
    if (connection.room) return error('bad-message', 'this connection has already joined a class');
    if (!matches(key, room.keyHash)) return connection.refused('wrong-key', 'this is not the teacher key of the class');
    if (room.teachers.size >= this.limits.maxTeachersPerClass) return error('class-full', `${this.limits.maxTeachersPerClass} teacher pages are open for this class already`);
    room.teachers.add(connection);
    connection.joined(room, null);
    return this.snapshot(room);
  }

  private snapshot(room: ClassRoom): HubMessage {
    const students: StudentView[] = [...room.students.values()].map((s) => ({
      id: s.id,
      name: s.name,
      connected: s.online !== null,
      lastAt: s.lastAt,
      turns: s.turns,
      conflicts: s.conflicts,
    }));
    return { type: 'class', code: room.code, class: room.info, control: room.control, students };
  }

  private control(room: ClassRoom, connection: Connection, message: Exclude<ClientMessage, { type: 'join' | 'turn' | 'teach' }>): Step {
    if (connection.room !== room || connection.student || !room.teachers.has(connection)) return answer(error('not-joined', 'only the class\'s teacher can do this'));
    if (message.type === 'end') {
      this.end(room, 'the teacher ended it', true);
      return answer(null);
    }
    const control: Control =
      message.type === 'pause'
        ? { ...room.control, paused: message.paused }
        : message.type === 'release'
          ? { ...room.control, releasedThrough: message.through }
          : { ...room.control, prompt: message.text === null || message.text.trim() === '' ? null : message.text.trim() };
    return { records: [{ k: 'control', control, at: this.now() }], then: () => null };
  }

  /** Ends a class: every screen is told, its data is deleted from memory and (when it ends here) from the store. */
  private end(room: ClassRoom, why: string, here: boolean): void {
    if (this.classes.get(room.id) !== room) return;
    const ended: HubMessage = { type: 'ended' };
    const open = [...room.teachers, ...[...room.students.values()].flatMap((s) => (s.connection ? [s.connection] : []))];
    for (const connection of open) {
      connection.send(ended);
      connection.left();
    }
    for (const student of room.students.values()) this.turnsStored -= student.turns.length;
    this.classes.delete(room.id);
    this.byCode.delete(room.code);
    if (here) {
      void this.store?.remove(room.id, room.code);
      this.bus?.publish({ kind: 'ended', classId: room.id });
    }
    this.log(`class ${showCode(room.code)} ended (${why}); its data is deleted`);
    this.onEnded(room.id);
  }

  private toTeachers(room: ClassRoom, message: HubMessage): void {
    for (const teacher of room.teachers) teacher.send(message);
  }

  /** Applies records found at index `from` of the class's journal; those applied already are skipped, a gap is left for catchUp. */
  private applyAll(room: ClassRoom, from: number, records: readonly JournalRecord[]): void {
    records.forEach((record, i) => {
      if (from + i !== room.seq) return;
      room.seq++;
      this.apply(room, record);
    });
  }

  /** Applies one journal record to memory and tells this process's pages: the one path for live changes, other processes' and a restart's. */
  private apply(room: ClassRoom, record: JournalRecord): void {
    if (record.k === 'open') return;
    if (record.k === 'control') {
      room.control = record.control;
      const update: HubMessage = { type: 'control', control: record.control };
      for (const student of room.students.values()) student.connection?.send(update);
      this.toTeachers(room, update);
      return;
    }
    if (record.k === 'join') {
      let student = room.students.get(record.s);
      if (student) {
        student.tokenHash = record.tokenHash;
        if (record.seatHash) student.seatHash = record.seatHash;
      } else {
        student = { id: record.s, name: record.name, tokenHash: record.tokenHash, seatHash: record.seatHash ?? null, turns: [], conflicts: [], lastAt: null, online: null, connection: null };
        room.students.set(student.id, student);
        room.byName.set(nameKey(student.name), student);
      }
      student.online = record.via ?? null;
      // Another page took this student's place (a reload, another computer), here or on another process.
      const previous = student.connection;
      if (previous && previous.id !== record.via) {
        student.connection = null;
        previous.replaced();
      }
      this.toTeachers(room, { type: 'student', student: student.id, name: student.name, connected: true });
      return;
    }
    const student = room.students.get(record.s);
    if (!student) return;
    if (record.k === 'conflict') {
      if (student.conflicts.includes(record.turn)) return;
      student.conflicts.push(record.turn);
      this.toTeachers(room, { type: 'conflict', student: student.id, turn: record.turn });
    } else if (record.t.turn === student.turns.length + 1) {
      student.turns.push(record.t);
      student.lastAt = record.at;
      this.turnsStored++;
      this.toTeachers(room, { type: 'turn', student: student.id, at: record.at, ...record.t });
    }
  }

  /** A class from its journal: the first record opens it, the others are applied in order. */
  private restore(records: readonly JournalRecord[]): ClassRoom | null {
    const first = records[0];
    if (first?.k !== 'open' || this.classes.has(first.id)) return this.classes.get(first?.k === 'open' ? first.id : '') ?? null;
    const room: ClassRoom = {
      id: first.id,
      code: first.code,
      keyHash: first.keyHash,
      info: first.info,
      openedAt: first.at,
      control: { paused: false, releasedThrough: null, prompt: null },
      students: new Map(),
      byName: new Map(),
      teachers: new Set(),
      seq: 1,
      queue: Promise.resolve(),
    };
    this.classes.set(room.id, room);
    this.byCode.set(room.code, room);
    this.applyAll(room, 1, records.slice(1));
    if (records.length > 1) this.log(`class ${showCode(room.code)} restored from the journal: ${room.students.size} students`);
    return room;
  }
}

/** A seat code: shown on the student's screen, typed on another computer to move the game there. */
const newSeatCode = (): string => newClassCode();

const error = (code: ErrorCode, message: string): HubMessage => ({ type: 'error', code, message });

/** One socket: its rate limits, and the class and student it joined as. */
export class Connection {
  room: ClassRoom | null = null;
  student: Student | null = null;
  private readonly messages: TokenBucket;
  private dropped = 0;
  private failed = 0;
  private open = true;
  private handled: Promise<void> = Promise.resolve();

  constructor(
    private readonly hub: Hub,
    private readonly peer: Peer,
    /** Unique over the processes sharing the classes: the hub's node and a count. */
    readonly id: string,
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
      const refusal = error(parsed.error.startsWith('message too large') ? 'too-large' : 'bad-message', parsed.error);
      this.handled = this.handled.then(() => this.send(refusal));
      return;
    }
    // One message at a time per connection, in the order sent (a join and a turn sent together).
    this.handled = this.handled.then(() => this.hub.handle(this, parsed.value)).then(
      (answer) => {
        // Every refusal is one line in the hub's log too (a held turn is not a refusal).
        if (answer?.type === 'error' && answer.code !== 'paused' && answer.code !== 'wait') this.hub.log(`${parsed.value.type} from ${this.peer.address} refused (${answer.code}): ${answer.message}`);
        if (answer) this.send(answer);
      },
      (failure: Error) => {
        // The store could not be reached: the page keeps its turn and sends it again after reconnecting.
        this.hub.log(`${parsed.value.type} from ${this.peer.address} not stored: ${failure.message}`);
        this.drop('the journal could not be written');
      },
    );
  }

  get isOpen(): boolean {
    return this.open;
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
