/** Title: pick a scenario (invalid files say why), see or edit the seed, start or continue. */
import Phaser from 'phaser';
import { bus } from '../bus.ts';
import { shown } from '../shownScenario.ts';
import { bundledScenarios, defaultScenario, loadBundled, parseScenarioFile, type BundledScenario } from '../scenarios.ts';
import { browserStore, gamesOpenElsewhere, readSave } from '../save.ts';
import { Session } from '../session.ts';
import { locale, t } from '../strings/index.ts';
import { h } from '../ui/dom.ts';
import { glossaryButton } from '../ui/glossary.ts';
import { languagePicker } from '../ui/languagePicker.ts';
import { drawMap, fitMap } from '../ui/mapBackdrop.ts';
import { readPicked } from '../../replay/readPicked.ts';
import { renderOnDemand } from '../ui/renderOnDemand.ts';
import { screenLayer } from '../ui/screenLayer.ts';
import { openExplore } from '../ui/explorePanel.ts';
import { codeInAddress, openJoinPanel } from '../live/joinPanel.ts';
import { inClass } from '../live/studentClass.ts';
import { startWorkers, warmOn } from '../ui/analysisWorker.ts';
import type { Scenario } from '../../scenario/schema.ts';

function randomSeed(): string {
  return String(Math.floor(Math.random() * 90000) + 10000);
}

export class TitleScene extends Phaser.Scene {
  constructor() {
    super('Title');
  }

  create(): void {
    const redraw = renderOnDemand(this);
    this.wakeForSceneChange = () => redraw.wake();
    const bundled = bundledScenarios();
    const playable = bundled.flatMap((b) => (b.ok ? [b.scenario] : []));
    const restored = readSave(browserStore(), playable);
    // Games another tab is playing: named, so a student knows where their game went; Continue takes the latest other one.
    const elsewhere = gamesOpenElsewhere(browserStore()).map((game) => {
      const scenario = playable.find((s) => s.id === game.scenarioId);
      return t.title.savedGame(scenario ? shown(scenario).title : game.scenarioId, game.turn, scenario?.calendar.turns ?? null, game.player);
    });
    let selected: Scenario | undefined = restored.kind === 'ok' ? restored.session.scenario : defaultScenario(playable, locale());

    const backdrop = { current: null as Phaser.GameObjects.Container | null };
    const drawBackdrop = (scenario: Scenario | undefined) => {
      redraw.wake();
      backdrop.current?.destroy();
      if (scenario) backdrop.current = drawMap(this, shown(scenario), fitMap(scenario, { x: 680, y: 60, width: 560, height: 600 }), 0.25);
    };
    drawBackdrop(selected);

    const briefing = h('div', { class: 'panel briefing scroll', 'data-testid': 'briefing' });
    const showBriefing = (original: Scenario | undefined) => {
      briefing.replaceChildren();
      if (!original) return;
      const scenario = shown(original);
      briefing.append(
        h('h2', {}, scenario.title),
        h('p', {}, scenario.summary),
        h('h3', {}, t.title.briefingHeading),
        h('p', {}, scenario.briefing.intro),
        h('ul', {}, ...scenario.briefing.objectives.map((o) => h('li', {}, o))),
      );
    };
    showBriefing(selected);

    const list = h('div', { role: 'radiogroup', 'aria-label': t.title.scenarios, class: 'scroll', style: 'max-height:200px' });
    // A broken file's problems go above the list, where they have room to be read.
    const broken = h('div', { 'data-testid': 'broken-files' });
    const select = (scenario: Scenario) => {
      selected = scenario;
      showBriefing(selected);
      drawBackdrop(selected);
      newGame.disabled = false;
      // The workers warm on it first: a game, Explore or a class on it is likely next.
      warmOn(scenario);
    };
    /** The bundled files listed so far, in file order: the rest arrive once fetched (see loadBundled). */
    const listed: { file: string; element: HTMLElement }[] = [];
    /** Lists a file: a bundled one in file order among the bundled, a player's own after them all. */
    const place = (entry: BundledScenario, element: HTMLElement, isBundled: boolean) => {
      if (!isBundled) return list.append(element);
      const after = listed.find((l) => l.file.localeCompare(entry.file) > 0);
      if (after) after.element.before(element);
      else if (listed.length) listed[listed.length - 1]!.element.after(element);
      else list.prepend(element);
      listed.push({ file: entry.file, element });
      listed.sort((a, b) => a.file.localeCompare(b.file));
    };
    const addEntry = (entry: BundledScenario, isBundled = false) => {
      if (!entry.ok) {
        place(
          entry,
          h(
            'div',
            { class: 'scenario-invalid', 'data-testid': 'invalid-scenario', role: 'alert' },
            t.title.invalidScenario(entry.file),
            ' ',
            t.title.errorCount(entry.errors.length),
            // Every problem, each with where it is in the file; the list scrolls (and takes the keyboard's arrows) when long.
            h(
              'ol',
              { class: 'file-errors scroll', tabindex: 0, 'aria-label': t.title.errorsOf(entry.file), 'data-testid': 'file-errors' },
              ...entry.errors.map((e) => h('li', {}, e.line !== null ? h('span', { class: 'where' }, t.title.at(e.line, e.column ?? 1)) : null, h('code', {}, e.message))),
            ),
          ),
          isBundled,
        );
        return;
      }
      const input = h('input', { type: 'radio', name: 'scenario', value: entry.scenario.id, checked: entry.scenario === selected });
      input.addEventListener('change', () => select(entry.scenario));
      place(entry, h('label', { class: 'scenario-option' }, input, h('span', {}, h('strong', {}, shown(entry.scenario).title), h('br'), h('span', { class: 'small muted' }, entry.file))), isBundled);
      return input;
    };

    // An author's own scenario, from the file picker or dropped on the page: validated the same way.
    const loadFile = async (file: File) => {
      const read = await readPicked(file);
      const entry: BundledScenario = read.ok ? parseScenarioFile(file.name, read.text) : { file: file.name, ok: false, errors: [{ message: read.error, line: null, column: null }] };
      const input = addEntry(entry);
      if (entry.ok && input) {
        input.checked = true;
        select(entry.scenario);
      }
    };
    const picker = h('input', { type: 'file', accept: '.json,application/json', id: 'scenario-file', 'data-testid': 'scenario-file', class: 'visually-hidden' });
    picker.addEventListener('change', () => {
      const file = picker.files?.[0];
      if (file) void loadFile(file);
      picker.value = '';
    });
    const pickerLabel = h('label', { for: 'scenario-file', class: 'button-like' }, t.title.loadScenario);

    const player = h('input', { type: 'text', id: 'player', size: 24, maxlength: 60, 'data-testid': 'player' });
    const seed = h('input', { type: 'text', id: 'seed', value: randomSeed(), 'aria-describedby': 'seed-help', size: 16, 'data-testid': 'seed' });
    const newGame = h('button', { class: 'primary', 'data-testid': 'new-game', disabled: playable.length === 0 }, t.title.newGame);
    for (const entry of bundled) addEntry(entry, true);
    // The other bundled scenarios, fetched once the title is on screen, join the list as they arrive.
    void loadBundled().then((all) => {
      for (const entry of all) if (!listed.some((l) => l.file === entry.file)) addEntry(entry, true);
      if (all.some((b) => b.ok)) newGame.disabled = !selected;
    });
    newGame.addEventListener('click', () => {
      if (!selected) return;
      const session = Session.start(selected, seed.value.trim() || randomSeed());
      session.player = player.value.trim();
      // Play saves on entering, and says so if the browser refuses.
      this.startPlay(session);
    });
    const continueLabel = restored.kind === 'ok' ? t.title.continueGame(restored.session.state.turn, restored.session.scenario.calendar.turns) : t.title.noSave;
    const continueGame = h('button', { 'data-testid': 'continue', disabled: restored.kind !== 'ok' }, continueLabel);
    continueGame.addEventListener('click', () => {
      if (restored.kind === 'ok') this.startPlay(restored.session);
    });
    const explore = h('button', { 'data-testid': 'open-explore' }, t.explore.button);
    explore.addEventListener('click', () => {
      if (selected) openExplore(selected);
    });
    // The scenario workshop, over the title; a game started from it begins as any other.
    const workshop = h('button', { 'data-testid': 'open-workshop' }, t.workshop.button);
    // Loaded when asked for: its forms and Spanish field texts are a fifth of the page's code.
    workshop.addEventListener('click', () =>
      void import('../workshop/workshopScreen.ts').then(({ openWorkshop }) =>
        openWorkshop({
          play: (scenario) => this.startPlay(Session.start(scenario, seed.value.trim() || randomSeed())),
          onClose: () => workshop.focus(),
        }),
      ),
    );
    const joinButton = h('button', { 'data-testid': 'join-class' }, t.live.joinButton);
    const joinPanel = () => openJoinPanel((session) => this.startPlay(session));
    joinButton.addEventListener('click', joinPanel);
    const debrief = h('button', { 'data-testid': 'debrief' }, t.title.debrief);
    debrief.addEventListener('click', () => {
      redraw.wake();
      // The debrief recognises every shipped scenario in the files it is given.
      void loadBundled().then(() => this.scene.start('Debrief'));
    });

    // Phaser styles the element it places (display: block), so the layout lives one level in.
    const layout = h(
      'div',
      // A named region: the page sits outside the canvas's main landmark.
      { class: 'ui title-screen', role: 'region', 'aria-labelledby': 'title-heading' },
      h(
        'div',
        {},
        languagePicker(() => {
          redraw.wake();
          this.scene.restart();
        }),
        h('h1', { id: 'title-heading' }, t.appTitle),
        h('p', { class: 'tagline' }, t.tagline),
        restored.kind === 'discarded' ? h('div', { class: 'message', role: 'alert', 'data-testid': 'save-message' }, t.title.discardedSave(restored.reason)) : null,
        elsewhere.length > 0 ? h('div', { class: 'message', role: 'status', 'data-testid': 'open-elsewhere' }, t.title.openElsewhere(elsewhere.join('; '))) : null,
        h('h2', {}, t.title.scenarios),
        broken,
        list,
        h('p', { class: 'small muted', style: 'margin-top:6px' }, picker, pickerLabel, t.title.dropHint),
        h('h2', { style: 'margin-top:16px' }, h('label', { for: 'seed' }, t.title.seed)),
        seed,
        h('p', { id: 'seed-help', class: 'small muted', style: 'margin-top:6px' }, t.title.seedHelp),
        h('label', { for: 'player', class: 'small muted', style: 'display:block;margin-top:4px' }, t.title.player),
        player,
        h('div', { class: 'actions' }, newGame, continueGame, joinButton, debrief, explore, workshop, glossaryButton(() => selected)),
      ),
      briefing,
    );
    // A page at the window's real size (text keeps its size on a projector and grows with the
    // browser's zoom); the map drawn on the canvas shows through as a backdrop.
    const root = screenLayer(this, 'title-page', layout);
    root.addEventListener('dragover', (event) => event.preventDefault());
    root.addEventListener('drop', (event) => {
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) void loadFile(file);
    });
    bus.session = null;
    bus.enterScene('Title');
    (restored.kind === 'ok' ? continueGame : newGame).focus();
    // Once the title is on screen, the analysis workers start and warm on the scenario it shows
    // while it waits for the player: Explore's first band, and a debrief's first files, find them ready.
    requestAnimationFrame(() => setTimeout(() => startWorkers(selected), 0));
    // Opened from a class's address: straight to joining it.
    if (codeInAddress() && !inClass()) joinPanel();
  }

  private wakeForSceneChange: () => void = () => undefined;

  private startPlay(session: Session): void {
    bus.session = session;
    this.wakeForSceneChange();
    this.scene.start(session.state.finished ? 'End' : 'Play');
  }
}
