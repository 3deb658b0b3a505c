/**
 * The teacher's live view, above the debrief's class view: the class code and the address
 * students open (with its QR code), each student's progress (turn N of M, last move, online or
 * not), every turn re-simulated on arrival with a flag at once when it does not verify, and the
 * facilitator's controls (pause, play together, a prompt to every screen, download every game,
 * end the session). The debrief below is fed the verified games as they grow, so its chart,
 * table and spread follow the class. Opened with `?teach=CODE#key=KEY` (npm run class prints it).
 */
import type { ClassInfo, Control, HubMessage, LiveTurn } from '../../hub/protocol.ts';
import { showCode } from '../../hub/code.ts';
import { StudentGame, type Flag } from '../../hub/classVerifier.ts';
import type { SocketLike } from '../../hub/hubSocket.ts';
import { TeacherLink } from '../../hub/teacherLink.ts';
import { uniqueNames, zipArchive } from '../../hub/zipArchive.ts';
import { contentHash, recordReplay } from '../../replay/record.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { shippedScenarios } from '../scenarios.ts';
import { shown } from '../shownScenario.ts';
import { t } from '../strings/index.ts';
import { h } from '../ui/dom.ts';
import { replayFileName, saveFile } from '../ui/download.ts';
import { hubUrl } from './studentClass.ts';
import './live.css';

/** The class code and teacher key in the page's address, when this is the teacher's page. */
export function teacherParams(): { code: string; key: string } | null {
  const code = new URLSearchParams(location.search).get('teach');
  const key = new URLSearchParams(location.hash.slice(1)).get('key');
  return code && key ? { code: code.toUpperCase().replace(/[\s-]/g, ''), key } : null;
}

interface Row {
  readonly id: string;
  name: string;
  connected: boolean;
  lastAt: number | null;
  turns: number;
  game: StudentGame | null;
}

/** How long the debrief waits after a turn before taking the class's games again (several turns arrive together). */
const FEED_MS = 1500;

export function mountLiveView(layer: HTMLElement, params: { code: string; key: string }, feed: (files: File[]) => Promise<void>): () => void {
  const rows = new Map<string, Row>();
  let info: ClassInfo | null = null;
  let scenario: Scenario | null = null;
  let control: Control = { paused: false, releasedThrough: null, prompt: null };
  let ended = false;

  const status = h('p', { role: 'status', 'data-testid': 'live-teacher-status' }, t.live.connecting);
  const join = h('div', { class: 'live-join' });
  const pause = h('button', { 'data-testid': 'live-pause' }, t.live.pause);
  const together = h('button', { 'data-testid': 'live-together' }, t.live.together);
  const release = h('button', { 'data-testid': 'live-release', hidden: true });
  const playOn = h('button', { 'data-testid': 'live-play-on', hidden: true }, t.live.playOn);
  const togetherNote = h('span', { class: 'small', 'data-testid': 'live-together-note' });
  const prompt = h('input', { type: 'text', maxlength: 280, 'aria-label': t.live.prompt, placeholder: t.live.prompt, 'data-testid': 'live-prompt-text' });
  const send = h('button', { 'data-testid': 'live-prompt-send' }, t.live.send);
  const clearPrompt = h('button', { 'data-testid': 'live-prompt-clear' }, t.live.clear);
  const download = h('button', { 'data-testid': 'live-download' }, t.live.download);
  const end = h('button', { 'data-testid': 'live-end' }, t.live.end);
  const tableBox = h('div', { class: 'live-table-box', 'data-testid': 'live-students' });
  const panel = h(
    'section',
    { class: 'panel live-panel no-print', 'aria-labelledby': 'live-heading', 'data-testid': 'live-panel' },
    h('div', {}, h('h2', { id: 'live-heading' }, t.live.heading), status),
    join,
    h('div', { class: 'live-controls', role: 'group', 'aria-label': t.live.heading }, pause, together, release, playOn, togetherNote, prompt, send, clearPrompt, download, end),
    tableBox,
  );
  (layer.querySelector('.debrief-header') ?? layer.firstElementChild)?.after(panel);
  layer.classList.add('live-class');

  // The address students open, and its QR code: npm run class serves both to this computer (its
  // page may be opened as localhost, which students cannot reach). A hosted hub (npm run
  // class:hosted) has no such file: students open this page's own address, whose QR code the page
  // draws itself, with the QR library fetched only then.
  const qr = h('img', { class: 'live-qr', 'data-testid': 'live-qr', alt: '' });
  void fetch('class.json')
    .then((r) => (r.ok ? (r.json() as Promise<{ joinUrl: string }>) : null))
    .then(async (found) => {
      const joinUrl = found?.joinUrl ?? `${location.origin}/?class=${params.code}`;
      qr.alt = `${t.live.qrOf}: ${joinUrl}`;
      join.append(
        qr,
        h('div', {}, h('p', { class: 'small muted' }, t.live.classCode), h('p', { class: 'live-code', 'data-testid': 'live-code' }, showCode(params.code)), h('p', {}, t.live.studentsOpen, ': ', h('strong', { 'data-testid': 'live-join-url' }, joinUrl))),
      );
      if (found) qr.src = 'class-qr.svg';
      else {
        const svg = await (await import('qrcode')).toString(joinUrl, { type: 'svg', margin: 2 });
        qr.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      }
    })
    .catch(() => undefined);

  const flagText = (flag: Flag) => t.live.flagged(flag.turn, flag.kind === 'refused' && flag.detail ? `${t.live.flag.refused} (${flag.detail})` : t.live.flag[flag.kind]);

  const renderTable = () => {
    const now = Date.now();
    const total = info?.turns ?? 0;
    const list = [...rows.values()];
    tableBox.replaceChildren(
      h('h3', {}, t.live.studentsHeading(list.length)),
      list.length === 0
        ? h('p', { class: 'muted' }, t.live.noStudents)
        : h(
            'table',
            { class: 'live-table' },
            h('thead', {}, h('tr', {}, ...Object.values(t.live.column).map((label) => h('th', { scope: 'col' }, label)))),
            h(
              'tbody',
              {},
              ...list.map((row) =>
                h(
                  'tr',
                  {
                    class: [row.game?.flag ? 'flagged' : '', row.connected ? '' : 'offline'].join(' ').trim(),
                    'data-student': row.name,
                    'data-turns': String(row.turns),
                    'data-verified': String(row.game?.verified ?? 0),
                    'data-flag-turn': row.game?.flag ? String(row.game.flag.turn) : undefined,
                  },
                  h('th', { scope: 'row' }, row.name),
                  h('td', {}, t.live.progress(row.turns, total)),
                  h('td', {}, row.lastAt === null ? t.live.never : t.live.ago(Math.max(0, Math.round((now - row.lastAt) / 1000)))),
                  h('td', { role: row.game?.flag ? 'alert' : undefined }, row.game?.flag ? flagText(row.game.flag) : t.live.verified(row.game?.verified ?? 0)),
                  h('td', {}, row.connected ? t.live.online : t.live.offline),
                ),
              ),
            ),
          ),
    );
  };

  const renderControls = () => {
    const online = link.status === 'online';
    for (const button of [pause, together, release, playOn, send, clearPrompt, end]) button.disabled = !online;
    pause.textContent = control.paused ? t.live.resume : t.live.pause;
    pause.setAttribute('aria-pressed', String(control.paused));
    const through = control.releasedThrough;
    together.hidden = through !== null;
    release.hidden = playOn.hidden = through === null;
    if (through !== null) release.textContent = t.live.release(through + 1);
    togetherNote.textContent = through === null ? '' : t.live.togetherAt(through);
    status.textContent =
      link.status === 'online'
        ? scenario && info
          ? t.live.classLine(shown(scenario).title, info.seed, info.turns)
          : t.live.noScenario
        : link.status === 'refused'
          ? t.live.teacherRefused(link.problem ? t.live.refused[link.problem.code] : '')
          : link.status === 'ended'
            ? t.live.ended
            : t.live.connecting;
    download.disabled = rows.size === 0;
  };

  // The class's games to the debrief below, a moment after turns stop arriving, one feed at a time.
  let timer: ReturnType<typeof setTimeout> | null = null;
  let feeding = false;
  let again = false;
  const replayFiles = () =>
    [...rows.values()].flatMap((row) => {
      if (!row.game || row.game.verified === 0 || !scenario || !info) return [];
      const text = `${JSON.stringify(recordReplay(row.game.played(), row.name))}\n`;
      return [{ name: replayFileName(scenario.id, row.name, info.seed, row.game.verified), text }];
    });
  const feedNow = async () => {
    timer = null;
    if (feeding) return void (again = true);
    feeding = true;
    try {
      const files = replayFiles();
      const names = uniqueNames(files.map((f) => f.name));
      await feed(files.map((f, i) => new File([f.text], names[i]!, { type: 'application/json' })));
    } finally {
      feeding = false;
      if (again) {
        again = false;
        scheduleFeed();
      }
    }
  };
  const scheduleFeed = () => {
    if (timer === null) timer = setTimeout(() => void feedNow(), FEED_MS);
  };

  const row = (id: string, name: string): Row => {
    let found = rows.get(id);
    if (!found) {
      found = { id, name, connected: false, lastAt: null, turns: 0, game: scenario && info ? new StudentGame(scenario, info.seed) : null };
      rows.set(id, found);
    }
    return found;
  };
  const arrive = (target: Row, turn: LiveTurn) => {
    target.turns = Math.max(target.turns, turn.turn);
    target.game?.check(turn);
  };

  const receive = (message: HubMessage) => {
    switch (message.type) {
      case 'class': {
        info = message.class;
        const wanted = message.class.scenarioHash;
        scenario = shippedScenarios().find((s) => contentHash(s) === wanted) ?? null;
        control = message.control;
        rows.clear();
        for (const student of message.students) {
          const target = row(student.id, student.name);
          target.connected = student.connected;
          target.lastAt = student.lastAt;
          for (const turn of student.turns) arrive(target, turn);
          for (const turn of student.conflicts) target.game?.flagAt(turn, 'conflict');
        }
        if (!scenario) status.textContent = t.live.noScenario;
        scheduleFeed();
        break;
      }
      case 'turn': {
        const target = rows.get(message.student);
        if (!target) return;
        target.lastAt = message.at;
        arrive(target, { turn: message.turn, decisions: message.decisions, stateHash: message.stateHash });
        scheduleFeed();
        break;
      }
      case 'student':
        row(message.student, message.name).connected = message.connected;
        break;
      case 'conflict':
        rows.get(message.student)?.game?.flagAt(message.turn, 'conflict');
        break;
      case 'control':
        control = message.control;
        break;
      default:
        return;
    }
    renderTable();
    renderControls();
  };

  const link = new TeacherLink({
    url: hubUrl(),
    code: params.code,
    key: params.key,
    open: (url) => new WebSocket(url) as unknown as SocketLike,
    onMessage: receive,
    onStatus: renderControls,
  });

  const archive = () => {
    const files = replayFiles();
    const flagged = [...rows.values()].flatMap((r) => (r.game?.flag ? [`${r.name}: ${flagText(r.game.flag)}`] : []));
    if (flagged.length) files.push({ name: 'flagged.txt', text: `${t.live.flaggedFile}\n${flagged.join('\n')}\n` });
    const names = uniqueNames(files.map((f) => f.name));
    saveFile(`class-${showCode(params.code)}-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.zip`, zipArchive(files.map((f, i) => ({ name: names[i]!, text: f.text }))) as Uint8Array<ArrayBuffer>, 'application/zip');
  };

  pause.addEventListener('click', () => link.send({ type: 'pause', paused: !control.paused }));
  together.addEventListener('click', () => link.send({ type: 'release', through: Math.max(1, ...[...rows.values()].map((r) => r.turns)) }));
  release.addEventListener('click', () => link.send({ type: 'release', through: (control.releasedThrough ?? 0) + 1 }));
  playOn.addEventListener('click', () => link.send({ type: 'release', through: null }));
  send.addEventListener('click', () => link.send({ type: 'prompt', text: prompt.value.trim() || null }));
  clearPrompt.addEventListener('click', () => {
    prompt.value = '';
    link.send({ type: 'prompt', text: null });
  });
  download.addEventListener('click', archive);
  end.addEventListener('click', () => {
    if (ended || !window.confirm(t.live.endConfirm)) return;
    archive();
    ended = link.send({ type: 'end' });
  });

  const clock = setInterval(renderTable, 5000);
  link.start();
  renderTable();
  renderControls();
  return () => {
    clearInterval(clock);
    if (timer) clearTimeout(timer);
    link.stop();
    panel.remove();
    layer.classList.remove('live-class');
  };
}
