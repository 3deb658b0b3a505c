/**
 * Debrief: a teacher loads one or many replay files. Each is verified on load (a file that does
 * not verify is flagged, never trusted); the class view overlays every run with the median and
 * range, lists outcomes per run (sortable, exportable), and names the levers that separate the
 * best runs from the worst; a timeline scrubs through one run with the map figures, decisions,
 * events and the "why" of each turn; any turn can become a live game ("what if").
 */
import Phaser from 'phaser';
import { summarizeCommunities, summarizeRegion, type RegionSummary } from '../../engine/index.ts';
import { bandOf, firstDivergence, separatingLevers } from '../../replay/analysis.ts';
import { classRow, classTableCsv, replayIdentity, type ClassRow } from '../../replay/classTable.ts';
import { explainTurn } from '../../replay/record.ts';
import type { LoadedReplay } from '../../replay/verify.ts';
import { bus } from '../bus.ts';
import { Session } from '../session.ts';
import { t } from '../strings/index.ts';
import { palette, GAME_HEIGHT, GAME_WIDTH } from '../theme.ts';
import { h } from '../ui/dom.ts';
import { inWorker, loadInWorkers } from '../ui/analysisWorker.ts';
import { saveFile } from '../ui/download.ts';
import { readPicked } from '../ui/readPicked.ts';
import { fmt, formatCriterion } from '../ui/format.ts';
import { renderOnDemand, type RenderOnDemand } from '../ui/renderOnDemand.ts';
import { miniMap } from '../ui/miniMap.ts';
import { renderReport } from '../ui/reportView.ts';

type Loaded = Extract<LoadedReplay, { ok: true }>;
interface Run {
  readonly file: string;
  readonly loaded: Loaded;
  readonly row: ClassRow;
  readonly regions: RegionSummary[];
  readonly label: string;
}

const CHART = { x: 20, y: 96, width: 776, height: 196 };
const METRICS = ['meanTrust', 'meanSecurity', 'cocaHectares', 'meanInsurgentInfluence'] as const;
type ChartMetric = (typeof METRICS)[number];

export class DebriefScene extends Phaser.Scene {
  private runs: Run[] = [];
  private selected = 0;
  private turn = 0;
  private metric: ChartMetric = 'meanTrust';
  private sortBy = '';
  private redraw!: RenderOnDemand;

  constructor() {
    super('Debrief');
  }

  create(): void {
    this.runs = [];
    this.selected = 0;
    this.turn = 0;
    this.redraw = renderOnDemand(this);
    const chart = this.add.graphics();

    const messages = h('div', { class: 'small', 'data-testid': 'debrief-messages', role: 'status' }, t.debrief.empty);
    const picker = h('input', { type: 'file', accept: '.json,application/json', multiple: true, id: 'replay-files', 'data-testid': 'replay-files', class: 'visually-hidden' });
    const exportCsv = h('button', { 'data-testid': 'export-csv', disabled: true }, t.debrief.export);
    const back = h('button', { 'data-testid': 'back' }, t.debrief.back);
    const metricButtons = METRICS.map((m) => {
      const button = h('button', { 'data-metric': m, 'aria-pressed': String(m === this.metric) }, t.debrief.metric[m]);
      button.addEventListener('click', () => {
        this.metric = m;
        metricButtons.forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
        render();
      });
      return button;
    });
    const table = h('div', { class: 'scroll debrief-table', 'data-testid': 'class-table' });
    const runPanel = h('div', { class: 'panel debrief-run scroll', 'data-testid': 'run-panel' });

    const layout = h(
      'div',
      { class: 'ui', style: `position:relative;width:${GAME_WIDTH}px;height:${GAME_HEIGHT}px` },
      // The right column is all DOM: an opaque backdrop keeps the canvas out of its gaps.
      h('div', { class: 'debrief-backdrop' }),
      h('div', { class: 'topbar' }, h('span', { class: 'date' }, t.debrief.heading), picker, h('label', { for: 'replay-files', class: 'button-like' }, t.debrief.load), h('span', { class: 'small muted' }, t.debrief.dropHint), h('span', { class: 'spacer' }), exportCsv, back),
      h(
        'div',
        { class: 'debrief-left' },
        h('div', { class: 'metric-buttons' }, ...metricButtons, h('span', { class: 'small muted chart-key' }, t.debrief.chartKey)),
        h('div', { style: 'height:204px' }),
        messages,
        table,
      ),
      runPanel,
    );
    layout.addEventListener('dragover', (event) => event.preventDefault());
    layout.addEventListener('drop', (event) => {
      event.preventDefault();
      if (event.dataTransfer) void this.loadFiles([...event.dataTransfer.files], messages).then(render);
    });
    picker.addEventListener('change', () => {
      void this.loadFiles([...(picker.files ?? [])], messages).then(render);
      picker.value = '';
    });
    back.addEventListener('click', () => {
      this.redraw.wake();
      this.scene.start('Title');
    });
    exportCsv.addEventListener('click', () => this.exportCsv());
    this.add.dom(0, 0, layout).setOrigin(0, 0);

    // Scrubbing redraws only the chart and the run panel; the class table does not change.
    const scrub = () => {
      this.drawChart(chart);
      this.renderRun(runPanel, scrub);
      this.redraw.wake();
    };
    const render = () => {
      exportCsv.disabled = this.runs.length === 0;
      this.renderTable(table, render);
      scrub();
    };
    render();
    bus.enterScene('Debrief');
  }

  private async loadFiles(files: File[], messages: HTMLElement): Promise<void> {
    const started = performance.now();
    const notes: string[] = [];
    let count = 0;
    // Read here, verified in the analysis worker so the page keeps its frame rate.
    const reads = await Promise.all(files.map(readPicked));
    const verified = await loadInWorkers(reads.flatMap((read) => (read.ok ? [read.text] : [])));
    for (const [i, file] of files.entries()) {
      const read = reads[i]!;
      const result = read.ok ? verified.shift()! : read;
      if (!result.ok) {
        notes.push(t.debrief.fileError(file.name, result.error));
        continue;
      }
      const key = replayIdentity(result.replay);
      const twin = this.runs.find((r) => replayIdentity(r.loaded.replay) === key);
      if (twin) {
        notes.push(t.debrief.duplicate(file.name, twin.file));
        continue;
      }
      count++;
      this.runs.push({
        file: file.name,
        loaded: result,
        row: classRow(file.name, result),
        regions: result.game.states.map((s) => summarizeRegion(result.scenario, s)),
        label: result.replay.player || file.name.replace(/\.json$/, ''),
      });
    }
    const ms = Math.round(performance.now() - started);
    messages.replaceChildren(h('p', {}, t.debrief.loadedCount(count, ms)), ...notes.map((n) => h('p', { class: 'debrief-error', role: 'alert' }, n)));
    if (this.runs.length > 0) this.turn = Math.min(this.turn, this.current().regions.length - 1);
  }

  private current(): Run {
    return this.runs[this.selected]!;
  }

  private sameScenario(): Run[] {
    if (this.runs.length === 0) return [];
    const id = this.current().loaded.scenario.id;
    return this.runs.filter((r) => r.loaded.scenario.id === id);
  }

  private drawChart(g: Phaser.GameObjects.Graphics): void {
    g.clear();
    g.fillStyle(palette.background, 1).fillRect(CHART.x, CHART.y, CHART.width, CHART.height);
    g.lineStyle(1, palette.panelLine, 1).strokeRect(CHART.x, CHART.y, CHART.width, CHART.height);
    const runs = this.sameScenario();
    if (runs.length === 0) return;
    const turns = this.current().loaded.scenario.calendar.turns;
    const series = runs.map((r) => r.regions.map((region) => region[this.metric]));
    const max = this.metric === 'cocaHectares' ? Math.max(1, ...series.flat()) * 1.1 : 100;
    const px = (turn: number) => CHART.x + 8 + ((CHART.width - 16) * turn) / turns;
    const py = (v: number) => CHART.y + CHART.height - 8 - ((CHART.height - 16) * v) / max;
    const band = bandOf(series);
    g.fillStyle(palette.textMuted, 0.16);
    g.beginPath();
    band.high.forEach((v, i) => (i === 0 ? g.moveTo(px(i), py(v)) : g.lineTo(px(i), py(v))));
    for (let i = band.low.length - 1; i >= 0; i--) g.lineTo(px(i), py(band.low[i]!));
    g.closePath();
    g.fillPath();
    const colour = palette[this.metric === 'meanTrust' ? 'trust' : this.metric === 'meanSecurity' ? 'security' : this.metric === 'cocaHectares' ? 'coca' : 'influence'];
    const line = (values: readonly number[], width: number, tint: number, alpha: number) => {
      g.lineStyle(width, tint, alpha);
      g.beginPath();
      values.forEach((v, i) => (i === 0 ? g.moveTo(px(i), py(v)) : g.lineTo(px(i), py(v))));
      g.strokePath();
    };
    series.forEach((s) => line(s, 1.5, colour, 0.45));
    line(band.median, 3, palette.text, 0.9);
    line(this.current().regions.map((r) => r[this.metric]), 3, palette.accent, 1);
    g.lineStyle(1, palette.accent, 0.8).lineBetween(px(this.turn), CHART.y + 4, px(this.turn), CHART.y + CHART.height - 4);
    // Along the selected run's timeline: a tick below where its levers changed, a dot above where
    // events happened.
    const { game } = this.current().loaded;
    game.reports.forEach((report, i) => {
      const before = i === 0 ? game.states[0]!.lastLevers : game.reports[i - 1]!.levers;
      const changed = (Object.keys(report.levers) as (keyof typeof before)[]).some((id) => report.levers[id] !== before[id]);
      if (changed) g.lineStyle(2, palette.accent, 1).lineBetween(px(i + 1), CHART.y + CHART.height - 10, px(i + 1), CHART.y + CHART.height - 2);
      if (report.events.length > 0) g.fillStyle(palette.text, 0.9).fillCircle(px(i + 1), CHART.y + 8, 3);
    });
  }

  private renderTable(table: HTMLElement, render: () => void): void {
    if (this.runs.length === 0) {
      table.replaceChildren();
      return;
    }
    const scenario = this.current().loaded.scenario;
    const criteria = scenario.assessment;
    const rows = this.runs.map((run, index) => ({ run, index }));
    const criterion = criteria.find((c) => c.id === this.sortBy);
    if (criterion) rows.sort((a, b) => (criterion.better === 'higher' ? -1 : 1) * ((a.run.row.outcomes[criterion.id] ?? 0) - (b.run.row.outcomes[criterion.id] ?? 0)));
    const hashes = (r: Run) => r.loaded.replay.turns.map((turn) => turn.stateHash);
    const divergence = (r: Run) => {
      const turns = this.runs.filter((o) => o !== r && o.loaded.replay.seed === r.loaded.replay.seed).map((o) => firstDivergence(hashes(r), hashes(o)));
      const first = turns.filter((x): x is number => x !== null);
      return first.length ? String(Math.min(...first)) : '–';
    };
    const header = h(
      'tr',
      {},
      h('th', {}, t.debrief.run),
      h('th', {}, t.debrief.seed),
      h('th', {}, t.debrief.turns),
      h('th', {}, t.debrief.check),
      h('th', {}, t.debrief.diverges),
      ...criteria.map((c) => {
        const button = h('button', { class: 'sort', 'data-sort': c.id, 'aria-pressed': String(this.sortBy === c.id) }, c.label);
        button.addEventListener('click', () => {
          this.sortBy = c.id;
          render();
        });
        return h('th', { 'aria-sort': this.sortBy === c.id ? (c.better === 'higher' ? 'descending' : 'ascending') : undefined }, button);
      }),
    );
    const body = rows.map(({ run, index }) => {
      const { modifiedFrom, divergence: diverged, unfinished } = run.loaded;
      const notes = [modifiedFrom ? t.replayChecks.modified(modifiedFrom) : '', diverged ? t.debrief.tampered(diverged.turn) : '', unfinished ? t.replayChecks.unfinished(run.row.turns, run.loaded.scenario.calendar.turns) : ''].filter(Boolean);
      const flagged = modifiedFrom !== null || diverged !== null;
      const flag = (flagged ? notes : [t.debrief.verified, ...notes]).join('; ');
      const select = h('button', { class: 'link', 'data-run': String(index) }, run.label);
      select.addEventListener('click', () => {
        this.selected = index;
        this.turn = Math.min(this.turn, run.regions.length - 1);
        render();
      });
      return h(
        'tr',
        { class: index === this.selected ? 'selected' : '', 'data-file': run.file },
        h('td', {}, select),
        h('td', {}, run.row.seed),
        h('td', { class: 'num' }, String(run.row.turns)),
        h('td', { class: flagged ? 'flagged' : '' }, flagged ? `⚠ ${flag}` : `✓ ${flag}`),
        h('td', { class: 'num' }, divergence(run)),
        ...criteria.map((c) => h('td', { class: 'num', 'data-criterion': c.id }, formatCriterion(c.measure, run.row.outcomes[c.id] ?? 0))),
      );
    });
    const sortCriterion = criterion ?? criteria[0]!;
    const separation = separatingLevers(
      scenario,
      this.sameScenario().map((r) => ({ decisions: r.loaded.game.decisions, outcome: r.row.outcomes[sortCriterion.id] ?? 0 })),
      sortCriterion.better,
    ).slice(0, 3);
    const labels = new Map(scenario.levers.map((l) => [l.id, l.label]));
    table.replaceChildren(
      h('table', { class: 'class-table' }, h('thead', {}, header), h('tbody', {}, ...body)),
      h(
        'div',
        { class: 'panel', style: 'margin-top:8px', 'data-testid': 'separating' },
        h('h3', {}, t.debrief.separating(sortCriterion.label)),
        ...(separation.length ? separation.map((s) => h('p', { class: 'small' }, t.debrief.separatingLine(labels.get(s.lever) ?? s.lever, fmt.money(s.best), fmt.money(s.worst)))) : [h('p', { class: 'small muted' }, t.debrief.needMore)]),
      ),
      h('details', { class: 'panel', style: 'margin-top:8px' }, h('summary', {}, t.debrief.prompts), h('ol', {}, ...scenario.debriefPrompts.map((p) => h('li', {}, p)))),
    );
  }

  private renderRun(panel: HTMLElement, scrub: () => void): void {
    if (this.runs.length === 0) {
      panel.replaceChildren(h('p', { class: 'muted' }, t.debrief.empty));
      return;
    }
    const run = this.current();
    const { scenario, game } = run.loaded;
    const last = run.regions.length - 1;
    const slider = h('input', { type: 'range', min: 0, max: last, step: 1, value: this.turn, 'aria-label': t.debrief.turnOf(this.turn, last), 'data-testid': 'scrubber' });
    const go = (turn: number) => {
      this.turn = Math.max(0, Math.min(last, turn));
      scrub();
    };
    slider.addEventListener('input', () => go(Number(slider.value)));
    const previous = h('button', { 'aria-label': t.debrief.back1, 'data-testid': 'previous-turn' }, '◀');
    const next = h('button', { 'aria-label': t.debrief.forward1, 'data-testid': 'next-turn' }, '▶');
    previous.addEventListener('click', () => go(this.turn - 1));
    next.addEventListener('click', () => go(this.turn + 1));
    const region = run.regions[this.turn]!;
    const communities = summarizeCommunities(scenario, game.states[this.turn]!);
    const report = explainTurn(game, this.turn);
    const decisions = this.turn > 0 ? game.decisions[this.turn - 1] : undefined;
    const whatIf = h('button', { 'data-testid': 'what-if' }, t.debrief.whatIf);
    whatIf.addEventListener('click', () => {
      const session = Session.replay(scenario, run.loaded.replay.seed, game.decisions.slice(0, this.turn));
      if (!session) return;
      bus.session = session;
      this.redraw.wake();
      this.scene.start(session.state.finished ? 'End' : 'Play');
    });
    const spreadBox = h('div', { 'data-testid': 'spread' });
    const spread = h('button', { 'data-testid': 'spread-button' }, t.debrief.spread);
    spread.addEventListener('click', () => void this.spread(run, spreadBox));
    // h() skips the parts a turn does not have (no decisions before the first turn).
    panel.replaceChildren(
      h(
        'div',
        {},
      h('h2', {}, run.label),
      miniMap(scenario, game.states[this.turn]!, 424),
      h('div', { class: 'scrubber' }, previous, slider, next),
      h('p', { class: 'small', 'data-testid': 'scrub-turn' }, this.turn === 0 ? t.debrief.start : t.debrief.turnOf(this.turn, last)),
      h('h3', {}, t.debrief.regionAtTurn),
      h(
        'p',
        { class: 'small', 'data-testid': 'scrub-region' },
        `${t.play.charts.trust} ${fmt.index(region.meanTrust)} · ${t.play.charts.security} ${fmt.index(region.meanSecurity)} · ${t.play.charts.coca} ${fmt.whole(region.cocaHectares)} · ${t.play.charts.influence} ${fmt.index(region.meanInsurgentInfluence)}`,
      ),
      h('table', { class: 'mini' }, ...communities.map((c) => h('tr', {}, h('td', {}, c.name), h('td', { class: 'num' }, `T ${fmt.whole(c.trust)}`), h('td', { class: 'num' }, `S ${fmt.whole(c.security)}`), h('td', { class: 'num' }, `${fmt.whole(c.cocaHectares)} ha`)))),
      decisions ? h('h3', {}, t.debrief.decisions) : null,
      decisions ? h('p', { class: 'small' }, scenario.levers.map((l) => `${l.label} ${fmt.money(decisions.levers?.[l.id] ?? 0)} ${l.unit}`).join(' · ')) : null,
      report ? h('h3', {}, t.debrief.events) : null,
      report ? h('p', { class: 'small' }, report.events.length ? report.events.map((e) => e.title).join('; ') : t.debrief.noEvents) : null,
      report ? renderReport(scenario, report, 3) : null,
      h('div', { class: 'actions' }, whatIf, spread),
      spreadBox,
      ),
    );
  }

  /** Plays the run's decisions on 200 seeds in the analysis worker, so the page never freezes. */
  private async spread(run: Run, box: HTMLElement): Promise<void> {
    const seeds = Array.from({ length: 200 }, (_, i) => `spread-${i}`);
    const { scenario, game } = run.loaded;
    box.textContent = t.debrief.spreadRunning(0, seeds.length);
    const spread = await inWorker({ kind: 'spread', scenario, decisions: [...game.decisions], seeds });
    box.replaceChildren(
      h('h3', {}, t.debrief.spreadHeading),
      ...scenario.assessment.map((c) => {
        const s = spread[c.id]!;
        return h('p', { class: 'small', 'data-criterion': c.id }, t.debrief.spreadLine(c.label, formatCriterion(c.measure, s.low), formatCriterion(c.measure, s.median), formatCriterion(c.measure, s.high)));
      }),
    );
  }

  private exportCsv(): void {
    const scenario = this.current().loaded.scenario;
    saveFile(`${scenario.id}-class-table.csv`, classTableCsv(this.runs.map((r) => r.row), scenario.assessment.map((c) => c.id)), 'text/csv');
  }
}
