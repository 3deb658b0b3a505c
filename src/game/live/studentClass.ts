/**
 * A student's live class in the browser: the link to the hub (see ../../hub/studentLink.ts),
 * the game it plays (the class's scenario and seed), the identity kept in the browser so a
 * reload rejoins (code, name, the hub's token, and the turns played), each End turn sent, and
 * the gate that holds End turn while the class is paused or waits to play together.
 */
import { ENGINE_VERSION, hashState } from '../../engine/index.ts';
import type { ClassInfo, LiveTurn } from '../../hub/protocol.ts';
import type { SocketLike } from '../../hub/hubSocket.ts';
import { StudentLink } from '../../hub/studentLink.ts';
import { contentHash } from '../../replay/record.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { bus } from '../bus.ts';
import { shippedScenarios } from '../scenarios.ts';
import { Session } from '../session.ts';
import { t } from '../strings/index.ts';
import { announceHeld, showBanner } from './classBanner.ts';

const KEY = 'between-two-fires.class';

interface Stored {
  code: string;
  name: string;
  token?: string;
  /** The seat code, shown on the banner: the game moves to another computer with it. */
  seat?: string;
  turns: LiveTurn[];
}

function read(): Stored | null {
  try {
    const value = JSON.parse(globalThis.localStorage.getItem(KEY) ?? 'null') as Stored | null;
    return value && typeof value.code === 'string' && typeof value.name === 'string' && Array.isArray(value.turns) ? value : null;
  } catch {
    return null;
  }
}

function write(value: Stored): void {
  try {
    globalThis.localStorage.setItem(KEY, JSON.stringify(value));
  } catch {
    // Storage refused: the hub keeps the turns it acknowledged; the banner shows what is waiting.
  }
}

/** The code and name last used on this browser, to fill the join form. */
export function lastJoin(): { code: string; name: string } | null {
  const stored = read();
  return stored ? { code: stored.code, name: stored.name } : null;
}

export const hubUrl = (): string => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/hub`;

let scenarioHashes: Map<string, Scenario> | null = null;
function byHash(): Map<string, Scenario> {
  scenarioHashes ??= new Map(shippedScenarios().map((s) => [contentHash(s), s]));
  return scenarioHashes;
}

let current: { link: StudentLink; session: Session | null; stored: Stored } | null = null;

/** Whom the game is sent to, while a class is joined. */
export function inClass(): boolean {
  return current !== null && current.link.status !== 'refused' && current.link.status !== 'ended';
}

/**
 * Joins a class: `show` starts playing the session (and again if the hub's game turns out to be
 * ahead of this page's); `refused` gets one line when the hub refuses.
 */
export function joinClass(code: string, name: string, seat: string | undefined, show: (session: Session) => void, refused: (line: string) => void): void {
  leaveClass();
  const kept = read();
  const stored: Stored = kept && kept.code === code && kept.name.toLowerCase() === name.toLowerCase() ? kept : { code, name, turns: [] };
  if (seat) stored.seat = seat;
  const link: StudentLink = new StudentLink({
    url: hubUrl(),
    code,
    name,
    ...(stored.token ? { token: stored.token } : {}),
    ...(stored.seat ? { seat: stored.seat } : {}),
    played: stored.turns,
    scenarioHashes: [...byHash().keys()],
    engineVersion: ENGINE_VERSION,
    open: (url) => new WebSocket(url) as unknown as SocketLike,
    onWelcome: (info, turns, token, seatCode) => {
      const session = sessionFor(info, turns, name);
      if (!session) {
        link.stop();
        refused(t.live.noScenario);
        return;
      }
      stored.token = token;
      if (seatCode) stored.seat = seatCode;
      stored.name = name;
      stored.turns = [...turns];
      write(stored);
      if (current && current.session !== session) {
        current.session = session;
        show(session);
      }
    },
    onChange: () => {
      // Refused before joining: no class, no banner; the join form says why.
      if (link.status === 'refused' && link.info === null) {
        leaveClass();
        refused(link.problem?.code === 'name-taken' ? t.hosted.nameTaken : link.problem ? t.live.refused[link.problem.code] : t.live.status.refused);
        return;
      }
      showBanner(link, stored.code, stored.name, stored.seat);
    },
  });
  current = { link, session: null, stored };
  bus.turnGate = (turn) => {
    if (link.mayPlay(turn)) return null;
    const why = link.control.paused ? t.live.paused : t.live.wait(turn);
    announceHeld(why);
    return why;
  };
  link.start();
  showBanner(link, code, name, stored.seat);
}

export function leaveClass(): void {
  current?.link.stop();
  current = null;
  bus.turnGate = null;
  showBanner(null, '', '', undefined);
}

/** The game at the turns given: this page's if it is that game, else played again from the class's scenario and seed. */
function sessionFor(info: ClassInfo, turns: readonly LiveTurn[], name: string): Session | null {
  const scenario = byHash().get(info.scenarioHash);
  if (!scenario) return null;
  const mine = current?.session;
  if (mine && mine.scenario === scenario && mine.seed === info.seed && mine.decisionLog.length === turns.length && turns.every((x, i) => hashState(mine.history[i + 1]!) === x.stateHash)) return mine;
  const session = Session.replay(scenario, info.seed, turns.map((x) => x.decisions));
  if (!session) return null;
  session.player = name;
  return session;
}

/** Each End turn: the turn's decisions and state hash go to the hub (and into the browser's copy). */
bus.addEventListener('turn', () => {
  const session = bus.session;
  const info = current?.link.info;
  if (!current || !session || !info) return;
  // The class's game continued from the title screen's Continue is the same game in another object.
  if (current.session !== session) {
    if (session.seed !== info.seed || session.scenario.id !== info.scenarioId) return;
    current.session = session;
  }
  const i = session.decisionLog.length - 1;
  const turn: LiveTurn = { turn: i + 1, decisions: session.decisionLog[i]!, stateHash: session.hash() };
  current.stored.turns = current.stored.turns.slice(0, i).concat(turn);
  write(current.stored);
  current.link.push(turn);
});
