/**
 * Play: the map, the advisers, the levers, the turn's why and the trends. The scene collects
 * decisions, hands them to the session and renders what comes back; it never computes an
 * outcome. After each End turn the focus lands on the turn's summary heading, from where the
 * advisers, End turn and the first lever are one, two and three Tab presses away.
 */
import Phaser from 'phaser';
import { adviceOverGame } from '../../analysis/advisers.ts';
import { communityHistory, explainCommunities, leafMarket, type CommunityWhy } from '../../analysis/why.ts';
import { availableBudget, summarizeCommunities, summarizeRegion, type FiredEvent } from '../../engine/index.ts';
import { bus } from '../bus.ts';
import { shown } from '../shownScenario.ts';
import { browserStore, clearOpen, gameIdOf, markOpen, OPEN_REFRESH_MS, saveKey, takenElsewhere, writeSave, type SaveResult } from '../save.ts';
import { shippedScenarios } from '../scenarios.ts';
import type { Session } from '../session.ts';
import { t } from '../strings/index.ts';
import { css, font, palette } from '../theme.ts';
import { createPlayAccessibility, type PlayAccessibility } from '../ui/a11y/playAccessibility.ts';
import { reducedMotion } from '../ui/a11y/motion.ts';
import { createAdvisersPanel } from '../ui/advisersPanel.ts';
import { createCommunityMarkers } from '../ui/communityMarkers.ts';
import { h } from '../ui/dom.ts';
import { downloadReplay } from '../ui/download.ts';
import { createEventQueue } from '../ui/eventDialog.ts';
import { glossaryButton } from '../ui/glossary.ts';
import { openExplore } from '../ui/explorePanel.ts';
import { createLeverPanel } from '../ui/leverPanel.ts';
import { drawMap, fitLabels, fitMap, toScreen, type MapFrame } from '../ui/mapBackdrop.ts';
import { createOnboarding, ONBOARDED_KEY } from '../ui/onboarding.ts';
import { renderOnDemand, type RenderOnDemand } from '../ui/renderOnDemand.ts';
import { screenLayer } from '../ui/screenLayer.ts';
import { dateAfter } from '../ui/chartAxes.ts';
import { renderCharts } from '../ui/trendCharts.ts';
import { renderLedger, renderSummary } from '../ui/whyView.ts';

/** Where the map is drawn in the canvas's own coordinates; the camera then fits the map to its area on the page. */
const MAP_BOX = { x: 8, y: 56, width: 800, height: 412 };
/** Charts shorter than this would squeeze their 14 px labels together. */
const MIN_TREND_HEIGHT = 120;
/** The most of the left column's height the map takes beside the panels (the report has the rest). */
const MAP_SHARE = 0.58;

/** Whether the player has been through the briefing before (storage may be unavailable). */
function onboarded(): boolean {
  try {
    return window.localStorage.getItem(ONBOARDED_KEY) !== null;
  } catch {
    return false;
  }
}

export class PlayScene extends Phaser.Scene {
  private session!: Session;
  private answers: Record<string, string> = {};
  private get busy(): boolean {
    return bus.busy;
  }

  private set busy(value: boolean) {
    bus.busy = value;
  }

  constructor() {
    super('Play');
  }

  create(): void {
    const session = bus.session;
    if (!session) {
      this.scene.start('Title');
      return;
    }
    this.session = session;
    this.redraw = renderOnDemand(this);
    this.answers = {};
    this.busy = false;
    const scenario = shown(session.scenario);
    const frame = fitMap(scenario, MAP_BOX);
    const map = drawMap(this, scenario, frame);
    const halos = this.add.graphics();

    const date = h('span', { class: 'date', 'data-testid': 'date' });
    const turnText = h('span', { class: 'muted', 'data-testid': 'turn' });
    const menu = h('button', { 'data-testid': 'save-quit' }, t.play.saveAndQuit);
    menu.addEventListener('click', () => {
      if (this.busy) return;
      this.save();
      this.redraw.wake();
      this.scene.start('Title');
    });
    const download = h('button', { 'data-testid': 'download-replay' }, t.play.downloadReplay);
    download.addEventListener('click', () => downloadReplay(this.session));
    const explore = h('button', { 'data-testid': 'play-explore' }, t.explore.button);
    explore.addEventListener('click', () => openExplore(session.scenario));
    const help = h('button', { 'data-testid': 'help', title: t.onboarding.helpHint, 'aria-label': `${t.onboarding.help}: ${t.onboarding.helpHint}` }, t.onboarding.help);
    this.notSaved = h('span', { class: 'not-saved', role: 'alert', 'data-testid': 'not-saved', hidden: true }, t.storage.notSaved);
    const topbar = h('div', { class: 'ui topbar' }, h('strong', {}, scenario.title), date, turnText, h('span', { class: 'spacer' }), this.notSaved, help, glossaryButton(() => session.scenario), explore, download, menu);

    const markers = createCommunityMarkers(scenario, frame);
    const mapArea = h('div', { class: 'map-area' }, markers.element);
    const advisers = createAdvisersPanel(scenario);
    const panel = createLeverPanel(scenario, session.state.lastLevers, () => this.endTurn(), () => undefined);
    const events = createEventQueue(scenario);

    // The lower panel: this quarter's people-first summary, the full ledger, the trends.
    const summaryBody = h('div', { 'data-testid': 'why' });
    const fullBody = h('div', { 'data-testid': 'why-communities' });
    const ledgerBody = h('div', {});
    this.a11y = createPlayAccessibility(scenario);
    const trendsCharts = h('div');
    const trendsBody = h('div', { 'data-testid': 'trends' }, trendsCharts, this.a11y.trends);
    // The panel scrolls inside a wrapper of fixed height, as the debrief's panels do.
    const tabScroll = h('div', { class: 'scroll', style: 'height:100%' });
    const tabPanel = h('div', { class: 'panel tab-body', role: 'tabpanel', id: 'play-tabpanel' }, tabScroll);
    const tabs = [
      { key: 'why', label: t.why.tab, body: summaryBody },
      { key: 'communities', label: t.why.fullTab, body: fullBody },
      { key: 'ledger', label: t.why.ledgerTab, body: ledgerBody },
      { key: 'trends', label: t.charts.heading, body: trendsBody },
    ].map((tab) => ({ ...tab, button: h('button', { role: 'tab', id: `tab-${tab.key}`, 'data-testid': `tab-${tab.key}`, 'aria-controls': 'play-tabpanel' }, tab.label) }));
    let selected = 0;
    const selectTab = (index: number, focusTab = false) => {
      selected = index;
      tabs.forEach((tab, i) => {
        tab.button.setAttribute('aria-selected', String(i === index));
        tab.button.tabIndex = i === index ? 0 : -1;
      });
      tabPanel.setAttribute('aria-labelledby', tabs[index]!.button.id);
      tabScroll.replaceChildren(tabs[index]!.body);
      tabScroll.scrollTop = 0;
      if (tabs[index]!.key === 'trends') drawCharts();
      if (focusTab) tabs[index]!.button.focus();
    };
    tabs.forEach((tab, i) => {
      tab.button.addEventListener('click', () => selectTab(i));
      // Tabs follow the ARIA pattern: one Tab stop, arrow keys move between them.
      tab.button.addEventListener('keydown', (event) => {
        const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
        if (step === 0) return;
        event.preventDefault();
        selectTab((i + step + tabs.length) % tabs.length, true);
      });
    });
    const tabArea = h('div', { class: 'ui tabs' }, h('div', { class: 'tab-buttons', role: 'tablist' }, ...tabs.map((tab) => tab.button)), tabPanel);
    const rightColumn = h('div', { class: 'ui right-column' }, advisers.element, panel.element);

    // A page at the window's real size (as the title and end screens): CSS lays the panels out,
    // so text keeps its size on a projector and grows with the browser's zoom.
    const main = h('div', { class: 'play-main' }, mapArea, this.a11y.mirror, tabArea);
    const layer = screenLayer(this, 'play-page', topbar, h('div', { class: 'play-body' }, main, rightColumn), events.element);

    // The map's area takes the map's own shape (no empty bands above and below it) and at most
    // MAP_SHARE of the column's height, so the quarter's report keeps room under it.
    const sizeMapArea = () => {
      const width = main.clientWidth;
      if (width === 0) return;
      const narrow = getComputedStyle(layer).display === 'block';
      const height = width * (frame.height / frame.width);
      // One column (a portrait tablet, a zoomed window): the page scrolls, and the report has a height of its own.
      // On a short screen (an 800×600 projector) the map leaves room for the report to show under it.
      const row = Math.round(Math.min(height, (narrow ? window.innerHeight : main.clientHeight) * MAP_SHARE));
      main.style.gridTemplateRows = narrow ? `${row}px 26em` : `${row}px minmax(11em, 1fr)`;
      // Shorter than the column is wide for it: the area narrows to the map, centred, rather than leave empty bands beside it.
      mapArea.style.width = row < height - 1 ? `${Math.round(row * (frame.width / frame.height))}px` : '';
    };
    // The canvas fills the window; the camera shows the map inside the map's area, and the
    // markers follow at the same scale, wherever the page has scrolled.
    const drawCharts = () => {
      const width = tabScroll.clientWidth - 24;
      const height = Math.max(MIN_TREND_HEIGHT, tabScroll.clientHeight - 40);
      if (width > 0) trendsCharts.replaceChildren(renderCharts(scenario, this.session.history.map((s) => summarizeRegion(scenario, s)), width, height));
    };
    const layout = () => {
      if (!this.sys.isActive()) return;
      const canvas = this.game.canvas.getBoundingClientRect();
      const area = mapArea.getBoundingClientRect();
      if (canvas.width === 0 || area.width === 0) return;
      const perGame = canvas.width / this.scale.width;
      const fit = Math.min(area.width / frame.width, area.height / frame.height);
      const centre = { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 };
      const target = { x: (area.left + area.width / 2 - canvas.left) / perGame, y: (area.top + area.height / 2 - canvas.top) / perGame };
      const camera = this.cameras.main;
      const zoom = fit / perGame;
      camera.setZoom(zoom);
      camera.setScroll(centre.x - camera.width / 2 - (target.x - camera.width / 2) / zoom, centre.y - camera.height / 2 - (target.y - camera.height / 2) / zoom);
      markers.place((p) => ({ x: (p.x - centre.x) * fit + area.width / 2, y: (p.y - centre.y) * fit + area.height / 2 }));
      const labelPx = fitLabels(map, fit);
      // What the camera now shows of the map's frame, in page pixels (Phaser: screen = (world − scroll − half) × zoom + half).
      const onScreen = (world: number, scroll: number, half: number, offset: number) => offset + ((world - scroll - half) * zoom + half) * perGame;
      bus.mapOnScreen = {
        left: onScreen(frame.x, camera.scrollX, camera.width / 2, canvas.left),
        top: onScreen(frame.y, camera.scrollY, camera.height / 2, canvas.top),
        width: frame.width * zoom * perGame,
        height: frame.height * zoom * perGame,
        labelPx,
      };
      this.redraw.wake();
    };
    const observer = new ResizeObserver(() => {
      sizeMapArea();
      layout();
      if (tabScroll.contains(trendsBody)) drawCharts();
    });
    observer.observe(mapArea);
    observer.observe(main);
    observer.observe(tabScroll);
    this.scale.on('resize', layout);
    layer.addEventListener('scroll', layout, { passive: true });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      observer.disconnect();
      this.scale.off('resize', layout);
      bus.mapOnScreen = null;
    });

    let summaryHeading: HTMLElement | null = null;
    const refresh = () => {
      this.redraw.wake();
      const state = this.session.state;
      const played = state.turn;
      const turn = Math.min(played + 1, scenario.calendar.turns);
      const { year, quarter } = dateAfter(scenario.calendar, turn - 1);
      date.textContent = t.play.quarter(year, quarter);
      turnText.textContent = t.play.turnOf(turn, scenario.calendar.turns);
      const history = this.session.history;
      const report = this.session.lastReport;
      const why: CommunityWhy[] | null = report && history.length >= 2 ? explainCommunities(scenario, history[history.length - 2]!, state, report) : null;
      const whyById = new Map((why ?? []).map((c) => [c.id, c]));
      const pending = new Set(state.pendingChoices.flatMap((p) => (p.community && !(p.key in this.answers) ? [p.community] : [])));
      markers.update(
        summarizeCommunities(scenario, state).map((summary, i) => ({ summary, why: whyById.get(summary.id) ?? null, history: communityHistory(history, i) })),
        pending,
        played,
      );
      this.drawHalos(halos, frame);
      drawCharts();
      const market = history.length >= 2 ? leafMarket(history[0]!, history[history.length - 2]!, state) : undefined;
      const summary = renderSummary(scenario, played, why, market);
      summaryHeading = summary.heading;
      summaryBody.replaceChildren(summary.element);
      fullBody.replaceChildren(summary.full);
      ledgerBody.replaceChildren(renderLedger(scenario, report));
      this.a11y.refresh(this.session);
      advisers.update(played, adviceOverGame(scenario, history).at(-1) ?? []);
      panel.setBudget(availableBudget(scenario, state));
      const unanswered = state.pendingChoices.some((p) => !(p.key in this.answers));
      panel.setBlocked(this.busy ? '' : unanswered ? t.play.answerFirst : null);
    };

    /** Focus on the summary of the turn just played (or the opening one), shown in its tab. */
    this.focusSummary = () => {
      if (selected !== 0) selectTab(0);
      // No scrolling into view: the panel scrolls itself, and the page around the game must not move.
      tabScroll.scrollTop = 0;
      summaryHeading?.focus({ preventScroll: true });
    };

    const onboarding = createOnboarding(
      scenario,
      () => ({ map: mapArea, ...(scenario.advisers.length > 0 ? { advisers: advisers.element } : {}), levers: panel.parts.list, budget: panel.parts.budget, 'end-turn': panel.parts.endTurn, report: tabArea, help }),
      () => this.focusSummary(),
    );
    help.addEventListener('click', () => onboarding.start());
    this.onboarding = onboarding;

    // The documented shortcut: Ctrl+Enter (⌘+Enter on a Mac) ends the turn from anywhere on the screen.
    const shortcut = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || onboarding.active || this.eventQueue.open) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (!panel.parts.endTurn.disabled) this.endTurn();
    };
    document.addEventListener('keydown', shortcut);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      document.removeEventListener('keydown', shortcut);
      onboarding.dispose();
    });

    this.refresh = refresh;
    this.panel = panel;
    this.advisers = advisers;
    this.eventQueue = events;
    selectTab(0);
    this.save();
    this.watchOtherTabs();
    refresh();
    bus.enterScene('Play');

    // A restored game may be waiting for answers to last turn's events.
    const waiting: FiredEvent[] = session.state.pendingChoices.map((p) => ({
      eventId: p.eventId,
      community: p.community,
      title: scenario.events.find((e) => e.id === p.eventId)?.title ?? p.eventId,
      choice: true,
    }));
    this.focusSummary();
    if (session.state.turn === 0 && !onboarded()) onboarding.start();
    else this.showEvents(waiting);
  }

  private refresh: () => void = () => undefined;
  private focusSummary: () => void = () => undefined;
  private redraw!: RenderOnDemand;
  private panel!: ReturnType<typeof createLeverPanel>;
  private advisers!: ReturnType<typeof createAdvisersPanel>;
  private eventQueue!: ReturnType<typeof createEventQueue>;
  private onboarding!: ReturnType<typeof createOnboarding>;
  private a11y!: PlayAccessibility;

  private drawHalos(graphics: Phaser.GameObjects.Graphics, frame: MapFrame): void {
    // Insurgent influence as a soft halo behind each marker: size and opacity both grow with it.
    graphics.clear();
    const state = this.session.state;
    this.session.scenario.communities.forEach((def, i) => {
      const influence = state.communities[i]!.insurgentInfluence / 10000;
      const at = toScreen(frame, def.position);
      graphics.fillStyle(palette.influence, 0.12 + 0.3 * influence).fillCircle(at.x, at.y, 18 + 46 * influence);
    });
  }

  private showEvents(fired: readonly FiredEvent[]): void {
    this.eventQueue.show(
      fired,
      (key, option) => {
        this.answers[key] = option;
      },
      () => {
        this.refresh();
        this.focusSummary();
      },
    );
  }

  private endTurn(): void {
    if (this.busy || this.eventQueue.open || this.onboarding.active) return;
    const state = this.session.state;
    if (state.pendingChoices.some((p) => !Object.hasOwn(this.answers, p.key))) return;
    // A live class that is paused or plays together holds the turn; its banner says why.
    if (bus.turnGate?.(state.turn + 1)) return;
    const choices = Object.fromEntries(state.pendingChoices.map((p) => [p.key, this.answers[p.key]!]));
    const result = this.session.play({ levers: this.panel.levers(), allocation: this.panel.allocation(), choices }, this.advisers.heeded());
    if (!result.ok) {
      this.panel.setBlocked(result.error.message);
      return;
    }
    this.answers = {};
    this.save();
    bus.dispatchEvent(new Event('turn'));
    this.busy = true;
    this.panel.setBlocked('');
    this.playTransition(() => {
      this.busy = false;
      if (this.session.state.finished) {
        this.redraw.wake();
        this.scene.start('End');
        return;
      }
      this.refresh();
      // The summary heading takes the focus; event dialogs return it there when they close.
      this.focusSummary();
      const next = dateAfter(this.session.scenario.calendar, this.session.state.turn);
      this.a11y.turnPlayed(this.session, t.play.quarter(next.year, next.quarter), result.report.events);
      this.showEvents(result.report.events);
    });
  }

  private notSaved!: HTMLElement;

  /** Saves; when the browser refuses, or another tab has taken this game over, the game goes on and the player is told at once, beside the download button. */
  private save(): void {
    this.showSaved(writeSave(browserStore(), this.session, shippedScenarios()));
  }

  private showSaved(result: SaveResult): void {
    this.notSaved.hidden = result === 'saved';
    this.notSaved.textContent = result === 'taken' ? t.storage.takenElsewhere : t.storage.notSaved;
  }

  /**
   * Marks the game open in this tab while it is played (other tabs' title screens say so) and
   * listens for another tab saving it: from then on this tab leaves the save alone and says so.
   */
  private watchOtherTabs(): void {
    const store = browserStore();
    const session = this.session;
    markOpen(store, session);
    const refresh = window.setInterval(() => markOpen(store, session), OPEN_REFRESH_MS);
    const onStorage = (event: StorageEvent) => {
      if (event.key === saveKey(gameIdOf(session)) && takenElsewhere(store, session)) this.showSaved('taken');
    };
    const leave = () => clearOpen(store, session);
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', leave);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.clearInterval(refresh);
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', leave);
      leave();
    });
  }

  /** A short card showing the new quarter, so a turn visibly passes. */
  private playTransition(done: () => void): void {
    const turn = Math.min(this.session.state.turn + 1, this.session.scenario.calendar.turns);
    const { year, quarter } = dateAfter(this.session.scenario.calendar, turn - 1);
    if (reducedMotion()) return done();
    const label = this.add
      .text(MAP_BOX.x + MAP_BOX.width / 2, MAP_BOX.y + MAP_BOX.height / 2, t.transition.quarter(year, quarter), {
        fontFamily: font.family,
        fontSize: `${font.size.display}px`,
        fontStyle: 'bold',
        color: css(palette.text),
        stroke: css(palette.background),
        strokeThickness: 10,
      })
      .setOrigin(0.5)
      .setAlpha(0);
    this.redraw.wake(1500);
    this.refresh();
    this.tweens.add({
      targets: label,
      alpha: { from: 0, to: 1 },
      duration: 260,
      yoyo: true,
      hold: 260,
      onComplete: () => {
        label.destroy();
        done();
      },
    });
  }
}
