/**
 * Play: the map, the levers, the turn report and the trends. The scene collects decisions,
 * hands them to the session and renders what comes back; it never computes an outcome.
 */
import Phaser from 'phaser';
import { availableBudget, summarizeCommunities, summarizeRegion, type FiredEvent } from '../../engine/index.ts';
import { bus } from '../bus.ts';
import { shown } from '../shownScenario.ts';
import { browserStore, writeSave } from '../save.ts';
import type { Session } from '../session.ts';
import { t } from '../strings/index.ts';
import { css, font, palette, GAME_WIDTH } from '../theme.ts';
import { createPlayAccessibility, type PlayAccessibility } from '../ui/a11y/playAccessibility.ts';
import { reducedMotion } from '../ui/a11y/motion.ts';
import { createCommunityMarkers } from '../ui/communityMarkers.ts';
import { h } from '../ui/dom.ts';
import { downloadReplay } from '../ui/download.ts';
import { createEventQueue } from '../ui/eventDialog.ts';
import { fmt } from '../ui/format.ts';
import { createLeverPanel } from '../ui/leverPanel.ts';
import { drawMap, fitMap, toScreen, type MapFrame } from '../ui/mapBackdrop.ts';
import { renderOnDemand, type RenderOnDemand } from '../ui/renderOnDemand.ts';
import { renderReport } from '../ui/reportView.ts';
import { CHARTS, drawCharts } from '../ui/trendCharts.ts';

const MAP_BOX = { x: 8, y: 56, width: 800, height: 412 };
const CHART_BOX = { x: 20, y: 540, width: 776, height: 160 };

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
    drawMap(this, scenario, frame);
    const halos = this.add.graphics();
    const charts = this.add.graphics();

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
    this.notSaved = h('span', { class: 'not-saved', role: 'alert', 'data-testid': 'not-saved', hidden: true }, t.storage.notSaved);
    const topbar = h('div', { class: 'ui topbar' }, h('strong', {}, scenario.title), date, turnText, h('span', { class: 'spacer' }), this.notSaved, download, menu);

    const markers = createCommunityMarkers(scenario, frame);
    const panel = createLeverPanel(scenario, session.state.lastLevers, () => this.endTurn(), () => undefined);
    const events = createEventQueue(scenario);

    const chartLabels = h('div', { class: 'chart-labels' });
    this.a11y = createPlayAccessibility(scenario);
    const trendsBody = h('div', { 'data-testid': 'trends' }, chartLabels, this.a11y.trends);
    const whyBody = h('div', { class: 'scroll', style: 'height:100%', 'data-testid': 'why' });
    const tabBody = h('div', { class: 'panel tab-body' });
    const tabs: { button: HTMLButtonElement; body: HTMLElement; charts: boolean }[] = [
      { button: h('button', { role: 'tab', 'data-testid': 'tab-trends' }, t.play.trends), body: trendsBody, charts: true },
      { button: h('button', { role: 'tab', 'data-testid': 'tab-why' }, t.play.why), body: whyBody, charts: false },
    ];
    const selectTab = (index: number) => {
      tabs.forEach((tab, i) => tab.button.setAttribute('aria-selected', String(i === index)));
      tabBody.replaceChildren(tabs[index]!.body);
      tabBody.style.background = tabs[index]!.charts ? 'transparent' : '';
      charts.setVisible(tabs[index]!.charts);
      this.redraw.wake();
    };
    tabs.forEach((tab, i) => tab.button.addEventListener('click', () => selectTab(i)));
    const tabArea = h('div', { class: 'ui tabs' }, h('div', { class: 'tab-buttons', role: 'tablist' }, ...tabs.map((tab) => tab.button)), tabBody);

    const root = h('div', { class: 'ui', style: `position:relative;width:${GAME_WIDTH}px;height:720px` }, topbar, markers.element, this.a11y.mirror, tabArea, panel.element, events.element);
    this.add.dom(0, 0, root).setOrigin(0, 0);

    const refresh = () => {
      this.redraw.wake();
      const state = this.session.state;
      const turn = Math.min(state.turn + 1, scenario.calendar.turns);
      const { year, quarter } = this.calendar(turn);
      date.textContent = t.play.quarter(year, quarter);
      turnText.textContent = t.play.turnOf(turn, scenario.calendar.turns);
      const pending = new Set(state.pendingChoices.flatMap((p) => (p.community && !(p.key in this.answers) ? [p.community] : [])));
      markers.update(summarizeCommunities(scenario, state), pending);
      this.drawHalos(halos, frame);
      const history = this.session.history.map((s) => summarizeRegion(scenario, s));
      drawCharts(charts, history, scenario.calendar.turns, CHART_BOX);
      const latest = history[history.length - 1]!;
      const labels = [t.play.charts.trust, t.play.charts.security, t.play.charts.coca, t.play.charts.influence];
      chartLabels.replaceChildren(
        ...CHARTS.map((chart, i) =>
          h('span', {}, h('span', { style: `color:${css(chart.colour)};font-weight:700` }, labels[i]!), h('span', { 'data-testid': `chart-${chart.key}` }, chart.key === 'cocaHectares' ? fmt.whole(latest[chart.key]) : fmt.index(latest[chart.key]))),
        ),
      );
      whyBody.replaceChildren(renderReport(scenario, this.session.lastReport));
      this.a11y.refresh(this.session);
      panel.setBudget(availableBudget(scenario, state));
      const unanswered = state.pendingChoices.some((p) => !(p.key in this.answers));
      panel.setBlocked(this.busy ? '' : unanswered ? t.play.answerFirst : null);
    };

    this.refresh = refresh;
    this.panel = panel;
    this.eventQueue = events;
    this.selectTab = selectTab;
    selectTab(0);
    this.save();
    refresh();
    bus.enterScene('Play');

    // A restored game may be waiting for answers to last turn's events.
    const waiting: FiredEvent[] = session.state.pendingChoices.map((p) => ({
      eventId: p.eventId,
      community: p.community,
      title: scenario.events.find((e) => e.id === p.eventId)?.title ?? p.eventId,
      choice: true,
    }));
    this.showEvents(waiting);
  }

  private refresh: () => void = () => undefined;
  private a11y!: PlayAccessibility;
  private redraw!: RenderOnDemand;
  private panel!: ReturnType<typeof createLeverPanel>;
  private eventQueue!: ReturnType<typeof createEventQueue>;
  private selectTab: (index: number) => void = () => undefined;

  private calendar(turn: number): { year: number; quarter: number } {
    const { startYear, startQuarter, turnMonths } = this.session.scenario.calendar;
    const months = (startQuarter - 1) * 3 + (turn - 1) * turnMonths;
    return { year: startYear + Math.floor(months / 12), quarter: Math.floor((months % 12) / 3) + 1 };
  }

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
      () => this.refresh(),
    );
  }

  private endTurn(): void {
    if (this.busy || this.eventQueue.open) return;
    const state = this.session.state;
    if (state.pendingChoices.some((p) => !(p.key in this.answers))) return;
    const choices = Object.fromEntries(state.pendingChoices.map((p) => [p.key, this.answers[p.key]!]));
    const result = this.session.play({ levers: this.panel.levers(), allocation: this.panel.allocation(), choices });
    if (!result.ok) {
      this.panel.setBlocked(result.error.message);
      return;
    }
    this.answers = {};
    this.save();
    this.busy = true;
    this.panel.setBlocked('');
    // The report of the turn just played shows while the new quarter is announced.
    this.selectTab(1);
    this.playTransition(() => {
      this.busy = false;
      if (this.session.state.finished) {
        this.redraw.wake();
        this.scene.start('End');
        return;
      }
      this.refresh();
      const next = this.calendar(this.session.state.turn + 1);
      this.a11y.turnPlayed(this.session, t.play.quarter(next.year, next.quarter), result.report.events);
      this.showEvents(result.report.events);
    });
  }

  private notSaved!: HTMLElement;

  /** Saves; when the browser refuses, the game goes on and the player is told at once, beside the download button. */
  private save(): void {
    this.notSaved.hidden = writeSave(browserStore(), this.session);
  }

  /** A short card showing the new quarter, so a turn visibly passes. */
  private playTransition(done: () => void): void {
    const turn = Math.min(this.session.state.turn + 1, this.session.scenario.calendar.turns);
    const { year, quarter } = this.calendar(turn);
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
