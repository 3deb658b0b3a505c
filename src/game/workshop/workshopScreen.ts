/**
 * The scenario workshop: a page over the title where an author opens the template, a copy of a
 * shipped scenario or a file of their own, edits it with forms built from the schema, sees every
 * problem `npm run validate` would report at its field, undoes and redoes, downloads the file
 * formatted as the shipped ones are, and plays a game on it.
 */
import { pathSegments } from '../../authoring/locate.ts';
import type { FileReport } from '../../authoring/validateFile.ts';
import type { JsonWarning } from '../../scenario/json.ts';
import { Scenario as ScenarioSchema, type Scenario } from '../../scenario/schema.ts';
import { parseScenarioFile } from '../scenarios.ts';
import { fileProblem, intlTag, locale, t } from '../strings/index.ts';
import { createDialog } from '../ui/dialog.ts';
import { h } from '../ui/dom.ts';
import { saveFile } from '../ui/download.ts';
import { mountBandWatch } from './bandWatch.ts';
import { draftStore, type DraftSaveResult } from './draftStore.ts';
import { EditHistory } from './editHistory.ts';
import { formSpec, type FieldSpec } from './formSpec.ts';
import { errorId, field, fieldId, labelOf, relabel, reveal, unknownKeys, type FormHost, type Path } from './formView.ts';
import { liveChecker } from './liveCheck.ts';
import { openFile, openShipped, openTemplate, shippedFiles, type OpenResult } from './openSources.ts';
import { mapEditor } from './mapEditor.ts';
import { literalMemory, stableJson, type LiteralMemory } from './stableJson.ts';
import { translationsView } from './translationsView.ts';
import './workshop.css';

/** The parts of a scenario, as an author thinks of them, with the file's top-level keys each holds. */
const GROUPS = {
  overview: ['$schema', 'id', 'version', 'title', 'summary', 'authors', 'calendar'],
  sources: ['sources', 'evidence'],
  communities: ['communities', 'clan'],
  levers: ['budget', 'levers'],
  mechanisms: ['economy', 'mechanisms'],
  events: ['events'],
  briefing: ['briefing', 'advisers', 'glossary', 'assessment', 'debriefPrompts'],
  timeline: ['timeline', 'history'],
  checks: ['checks', 'calibration'],
  map: ['map'],
  translations: ['translations'],
} as const;
type GroupId = keyof typeof GROUPS;

const groupOf = (key: string | number | undefined): GroupId =>
  (Object.keys(GROUPS) as GroupId[]).find((g) => (GROUPS[g] as readonly string[]).includes(String(key))) ?? 'overview';

export interface WorkshopOptions {
  /** Starts a game on a scenario the workshop made. */
  play(scenario: Scenario): void;
  onClose(): void;
}

type Draft = Record<string, unknown>;

export function openWorkshop(options: WorkshopOptions): { close(): void } {
  const w = t.workshop;
  const lang = locale();
  const root = formSpec(ScenarioSchema) as Extract<FieldSpec, { kind: 'object' }>;
  let history: EditHistory<Draft> | null = null;
  let base = '';
  let memory: LiteralMemory = new Map();
  let openedWith: readonly JsonWarning[] = [];
  let current: GroupId = 'overview';
  let report: { text: string; report: FileReport } | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const status = h('p', { class: 'small', role: 'status', 'data-testid': 'workshop-status' });
  const alert = h('p', { class: 'message', role: 'alert', 'data-testid': 'workshop-alert', hidden: true });
  const say = (text: string | null) => {
    alert.hidden = text === null;
    alert.textContent = text ?? '';
  };
  const undoButton = h('button', { type: 'button', 'data-testid': 'workshop-undo', disabled: true, 'aria-keyshortcuts': 'Control+Z' }, w.undo);
  const redoButton = h('button', { type: 'button', 'data-testid': 'workshop-redo', disabled: true, 'aria-keyshortcuts': 'Control+Shift+Z' }, w.redo);
  const downloadButton = h('button', { type: 'button', 'data-testid': 'workshop-download', disabled: true }, w.download);
  const playButton = h('button', { type: 'button', class: 'primary', 'data-testid': 'workshop-play', disabled: true }, w.play);
  const closeButton = h('button', { type: 'button', 'data-testid': 'workshop-close' }, w.close);
  const nav = h('nav', { 'aria-label': w.groups });
  const form = h('div', { class: 'ws-form', 'data-testid': 'workshop-form' });
  const problemsHeading = h('h2', { id: 'ws-problems-heading' }, w.problems);
  const problemsSummary = h('p', { class: 'small', 'data-testid': 'problems-summary', 'aria-live': 'polite' });
  const problems = h('ul', { class: 'ws-problems', 'aria-labelledby': 'ws-problems-heading', 'data-testid': 'problems' });
  const bandHost = h('div', { 'data-testid': 'workshop-band' });
  const aside = h('aside', { 'aria-labelledby': 'ws-problems-heading' }, problemsHeading, problemsSummary, problems, h('h2', {}, w.bandHeading), bandHost);
  const band = mountBandWatch(bandHost, { lang, id: 'workshop-band' });
  const drafts = draftStore(() => {
    status.textContent = w.otherTab;
  });

  const textOf = () => stableJson(history!.value, memory);

  const host: FormHost = {
    lang,
    value: () => history?.value,
    set: (path, value) => {
      if (!history?.set(path, value)) return;
      relabel(form, path, history.value);
      edited();
    },
    reshape: (edit, focus) => {
      edit();
      render(focus);
    },
  };

  /** The text last sent to be checked: the report that comes back is for it (older ones are dropped). */
  let checking = '';
  const checker = liveChecker(({ report: result, ms, where }) => {
    report = { text: checking, report: result };
    // How long the last check took, and where (the worker, or the page where no worker starts).
    problemsSummary.dataset.ms = ms.toFixed(0);
    problemsSummary.dataset.where = where;
    showProblems();
    if (!result.findings.some((f) => f.level === 'error')) band.show(history?.value);
  });

  function saved(result: DraftSaveResult) {
    status.textContent = result === 'saved' ? w.saved : result === 'failed' ? w.saveFailed : w.otherTab;
    status.dataset.save = result;
  }

  function edited() {
    if (!history) return;
    if (current === 'communities' && map?.isConnected) drawMap();
    undoButton.disabled = !history.canUndo;
    redoButton.disabled = !history.canRedo;
    problemsSummary.textContent = w.checking;
    checking = textOf();
    checker.check(checking);
    clearTimeout(saveTimer);
    // Said again once this version is saved: "saved" never stands for an edit not yet written.
    if (status.dataset.save === 'saved') {
      status.textContent = '';
      delete status.dataset.save;
    }
    saveTimer = setTimeout(() => history && saved(drafts.write(base, history.value, String(history.value.title ?? ''))), 300);
  }

  function showProblems() {
    if (!report || !history) return;
    const findings = report.report.findings;
    for (const el of form.querySelectorAll<HTMLElement>('.ws-error')) {
      el.textContent = '';
      el.classList.remove('warning');
    }
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    const errors = findings.filter((f) => f.level === 'error').length;
    // An older draft's problems stay at their fields until the new check answers; the count waits for it.
    problemsSummary.textContent = report.text !== checking ? w.checking : findings.length === 0 ? w.noProblems : w.problemCount(errors, findings.length - errors);
    problems.replaceChildren(
      ...openedWith.map((warning) => h('li', { class: 'warning' }, h('span', { class: 'small' }, `${w.openedWith} ${warning.path}: ${warning.message}`))),
      ...findings.map((finding) => {
        const button = h('button', { type: 'button', 'data-testid': 'problem', 'data-path': finding.path }, `${finding.path}: ${finding.message}`);
        button.addEventListener('click', () => focusPath(pathSegments(finding.path)));
        return h('li', { class: finding.level }, button);
      }),
    );
    for (const finding of findings) {
      const segments = pathSegments(finding.path);
      for (let i = segments.length; i >= 0; i--) {
        const slot = document.getElementById(errorId(segments.slice(0, i)));
        if (!slot || !form.contains(slot)) continue;
        slot.append(slot.textContent ? ' ' : '', finding.message);
        if (finding.level === 'warning' && !slot.textContent.includes('\u200b')) slot.classList.toggle('warning', !slot.classList.contains('has-error'));
        if (finding.level === 'error') {
          slot.classList.add('has-error');
          slot.classList.remove('warning');
          document.getElementById(fieldId(segments.slice(0, i)))?.setAttribute('aria-invalid', 'true');
        }
        break;
      }
    }
  }

  function focusPath(path: Path) {
    const group = path[0] === 'translations' ? 'translations' : groupOf(path[0]);
    if (group !== current) {
      current = group;
      render();
    }
    reveal(form, path);
    for (let i = path.length; i >= 0; i--) {
      const target = document.getElementById(fieldId(path.slice(0, i)));
      if (target && form.contains(target)) {
        target.focus();
        target.scrollIntoView({ block: 'center' });
        return;
      }
    }
  }

  function renderNav() {
    nav.replaceChildren(
      h(
        'ul',
        {},
        ...(Object.keys(GROUPS) as GroupId[]).map((g) => {
          const button = h('button', { type: 'button', 'aria-current': g === current ? 'true' : 'false', 'data-testid': `group-${g}` }, w.group[g]);
          button.addEventListener('click', () => {
            current = g;
            render();
            form.querySelector<HTMLElement>('h2')?.focus();
          });
          return h('li', {}, button);
        }),
      ),
    );
  }

  /** The communities on the map; drawn again after each edit while the communities are shown (a name or a place changed). */
  let map: HTMLElement | null = null;
  function drawMap(): HTMLElement {
    const next = mapEditor(history!.value, lang, (index, x, y) => {
      if (history?.edit((d) => void ((d.communities as { position: { x: number; y: number } }[])[index]!.position = { x, y }))) {
        edited();
        render();
      }
    });
    map?.replaceWith(next);
    map = next;
    return next;
  }

  /** Builds the current group's form again, keeping open items open and the focus where it was. */
  function render(focus?: Path) {
    if (!history) return;
    const open = [...form.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.dataset.path);
    const focusedId = document.activeElement instanceof HTMLElement && form.contains(document.activeElement) ? document.activeElement.id : '';
    renderNav();
    const heading = h('h2', { tabindex: -1 }, w.group[current]);
    const parts: HTMLElement[] = [heading];
    if (current === 'translations') {
      parts.push(translationsView(history.value, lang, (path, value) => host.set(path, value)));
    } else {
      if (current === 'communities') parts.push(drawMap());
      for (const key of GROUPS[current]) {
        const f = root.fields.find((x) => x.key === key);
        if (f) parts.push(field(host, f.spec, [key], labelOf([key], lang, key), { optional: f.optional }));
      }
      if (current === 'overview') parts.push(...unknownKeys(host, root.fields.map((f) => f.key), []));
    }
    form.replaceChildren(...parts);
    for (const path of open) if (path) reveal(form, pathSegments(path));
    if (focus) focusPath(focus);
    else if (focusedId) document.getElementById(focusedId)?.focus();
    showProblems();
  }

  function start(value: Draft, text: string, warnings: readonly JsonWarning[] = []) {
    history = new EditHistory(value);
    base = text;
    memory = literalMemory(text);
    openedWith = warnings;
    report = null;
    current = 'overview';
    say(null);
    downloadButton.disabled = false;
    playButton.disabled = false;
    drafts.claim();
    render();
    edited();
    form.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Opens a draft, or says why not: over the size or depth limit, not JSON, not an object. */
  function opened(name: string, result: OpenResult) {
    if (!result.ok) return say(w.refused(name, fileProblem(result.error)));
    start(result.opened.draft, result.opened.base, result.opened.warnings);
  }

  const undo = () => {
    if (history?.undo()) {
      render();
      edited();
    }
  };
  const redo = () => {
    if (history?.redo()) {
      render();
      edited();
    }
  };
  undoButton.addEventListener('click', undo);
  redoButton.addEventListener('click', redo);

  const confirmDialog = createDialog('workshop-confirm');
  downloadButton.addEventListener('click', () => {
    if (!history) return;
    const text = textOf();
    const errors = report?.text === text ? report.report.findings.filter((f) => f.level === 'error').length : parseScenarioFile('draft', text).ok ? 0 : 1;
    const name = `${typeof history.value.id === 'string' && /^[a-z0-9-]+$/.test(history.value.id) ? history.value.id : 'scenario'}.json`;
    if (errors === 0) return saveFile(name, text, 'application/json');
    const yes = h('button', { type: 'button', 'data-testid': 'download-anyway' }, w.downloadAnyway);
    const no = h('button', { type: 'button', class: 'primary' }, w.cancel);
    yes.addEventListener('click', () => {
      confirmDialog.close();
      saveFile(name, text, 'application/json');
    });
    no.addEventListener('click', () => confirmDialog.close());
    confirmDialog.show(h('div', {}, h('h2', { id: 'ws-confirm-heading' }, w.download), h('p', {}, w.invalidDownload(errors)), h('div', { class: 'actions' }, no, yes)), 'ws-confirm-heading', no);
  });

  playButton.addEventListener('click', () => {
    if (!history) return;
    const entry = parseScenarioFile('draft', textOf());
    if (!entry.ok) return say(w.cannotPlay(entry.errors.length));
    close();
    options.play(entry.scenario);
  });

  // Opening: the template, a copy of a shipped scenario, a file, or the draft saved last.
  const templateButton = h('button', { type: 'button', 'data-testid': 'workshop-template' }, w.template);
  templateButton.addEventListener('click', () => opened('template.json', openTemplate()));
  const shippedSelect = h('select', { id: 'ws-shipped', 'data-testid': 'workshop-shipped' }, ...shippedFiles().map((file) => h('option', { value: file }, file)));
  const copyButton = h('button', { type: 'button', 'data-testid': 'workshop-copy' }, w.copy);
  copyButton.addEventListener('click', () => void openShipped(shippedSelect.value).then((result) => opened(shippedSelect.value, result)));
  const picker = h('input', { type: 'file', accept: '.json,application/json', id: 'ws-file', 'data-testid': 'workshop-file', class: 'visually-hidden' });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    if (file) void openFile(file).then((result) => opened(file.name, result));
    picker.value = '';
  });
  const stored = drafts.read();
  let restore: HTMLButtonElement | null = null;
  if (stored) {
    const when = new Date(stored.savedAt).toLocaleString(intlTag(), { dateStyle: 'medium', timeStyle: 'short' });
    restore = h('button', { type: 'button', 'data-testid': 'workshop-restore' }, w.restore(stored.title, when));
    restore.addEventListener('click', () => start(stored.draft, stored.base));
  }

  const layer = h(
    'div',
    { class: 'ui screen-layer workshop-page', role: 'region', 'aria-labelledby': 'ws-heading', 'data-testid': 'workshop' },
    h('div', { class: 'ws-top' }, h('h1', { id: 'ws-heading' }, w.heading), undoButton, redoButton, downloadButton, playButton, closeButton),
    h('p', { class: 'small muted' }, w.intro),
    h(
      'div',
      { class: 'ws-open', role: 'group', 'aria-label': w.openHeading },
      restore,
      templateButton,
      h('label', { for: 'ws-shipped' }, w.copyOf),
      shippedSelect,
      copyButton,
      picker,
      h('label', { for: 'ws-file', class: 'button-like' }, w.file),
      h('span', { class: 'small muted' }, w.dropHint),
    ),
    alert,
    status,
    h('div', { class: 'ws-body' }, nav, h('main', { class: 'ws-main' }, form), aside),
  );
  layer.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || confirmDialog.open) return;
    const key = event.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    event.preventDefault();
    // Text typed and not yet committed becomes an edit first, so undo takes it back.
    const active = document.activeElement;
    if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) active.dispatchEvent(new Event('change'));
    if (key === 'y' || event.shiftKey) redo();
    else undo();
  });
  layer.addEventListener('dragover', (event) => event.preventDefault());
  layer.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void openFile(file).then((result) => opened(file.name, result));
  });
  document.body.append(layer);
  (restore ?? templateButton).focus();

  let closed = false;
  function close() {
    if (closed) return;
    closed = true;
    clearTimeout(saveTimer);
    if (history) drafts.write(base, history.value, String(history.value.title ?? ''));
    checker.destroy();
    drafts.destroy();
    band.destroy();
    confirmDialog.remove();
    layer.remove();
  }
  closeButton.addEventListener('click', () => {
    close();
    options.onClose();
  });
  return { close };
}
