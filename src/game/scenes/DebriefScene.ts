/**
 * Debrief: a teacher loads one or many replay files. Each is verified on load (a file that does
 * not verify is flagged, never trusted, never ranked); unfinished games are marked and left out
 * of rankings and class figures unless the teacher brings them in. The class view overlays the
 * counted runs with their median and range on dated axes, lists outcomes per run (sortable,
 * exportable), and names the levers that separate the best runs from the worst with the counts
 * behind each claim; a timeline scrubs through one run with the map, decisions, events and the
 * "why" of each turn, and its most consequential decisions; any turn can become a live game.
 * "Print handout" lays out the class table, the chart, the prompts and the timeline on paper.
 */
import Phaser from 'phaser';
import { runSeries } from '../../analysis/outcomeBand.ts';
import { timelineOf } from '../../analysis/timeline.ts';
import { summarizeCommunities } from '../../engine/index.ts';
import { seedLuck } from '../../analysis/luck.ts';
import { inStages, stageEnds } from '../../analysis/seedStages.ts';
import { bandOf, firstDivergence, gatherOutcomes, SEPARATION_MIN_RUNS, separatingLevers, summarizeSpread } from '../../replay/analysis.ts';
import { classTableCsv, studentRows } from '../../replay/classTable.ts';
import { classCounts, counts, rankRuns, referenceGroup, scenarioGroups, scenarioKey, titleTwin, type ScenarioGroup } from '../../replay/classView.ts';
import { explainTurn, type PlayedGame } from '../../replay/record.ts';
import type { RunSummary } from '../../replay/runSummary.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { bus } from '../bus.ts';
import { requestConsequences, SHOWN_DECISIONS } from '../consequences/client.ts';
import { bundledScenarios, shippedScenarios } from '../scenarios.ts';
import { shown } from '../shownScenario.ts';
import { Session } from '../session.ts';
import { fileProblem, t } from '../strings/index.ts';
import { classChartTable } from '../ui/a11y/chartTable.ts';
import { h } from '../ui/dom.ts';
import { glossaryButton } from '../ui/glossary.ts';
import { computedOn, gameInWorker, lastComputeMs, loadInWorkers, outcomesInWorkers, releaseRuns, startWorkers } from '../ui/analysisWorker.ts';
import { saveFile } from '../ui/download.ts';
import { mountLiveView, teacherParams } from '../live/teacherView.ts';
import { consequenceList } from '../ui/consequenceView.ts';
import { fmt, formatCriterion, prepareFormats } from '../ui/format.ts';
import { chartLegend, fittedChart, lineChart, type ChartSeries } from '../ui/lineChart.ts';
import { miniMap } from '../ui/miniMap.ts';
import { BAND_SEEDS, openOutcomeBand } from '../ui/outcomeBandPanel.ts';
import { renderOnDemand, type RenderOnDemand } from '../ui/renderOnDemand.ts';
import { rowsInParts } from '../ui/rowsInParts.ts';
import { screenLayer } from '../ui/screenLayer.ts';
import { timelineList } from '../ui/timelineView.ts';
import { renderLedger } from '../ui/whyView.ts';
import '../ui/screens.css';

/** A verified file as the page holds it: its summary from the worker, and its game once opened. */
interface Run extends Omit<RunSummary, 'ok' | 'scenario'> {
  readonly file: string;
  /** The page's own shipped scenario where the file plays one unchanged (see shippedCopy). */
  readonly scenario: Scenario;
  /** The analysis worker that verified the file and keeps its game. */
  readonly worker: number;
  /** The player's name (or the file's), with the names of any classmates who played the very same game. */
  label: string;
  /** Other students' files holding the very same game: one game, several names. */
  readonly twins: { readonly file: string; readonly player: string }[];
  /** The re-simulated game, asked of its worker when the run is first opened. */
  game: PlayedGame | null;
}

/**
 * The page's own copy of a run's scenario when the file carries a shipped scenario unchanged:
 * the analysis workers hold it already, so work on it is named by id and runs there.
 */
function shippedCopy(run: Run): Scenario | undefined {
  return shippedScenarios().includes(run.scenario) ? run.scenario : undefined;
}

const METRICS = ['meanTrust', 'meanSecurity', 'cocaHectares', 'meanInsurgentInfluence'] as const;
type ChartMetric = (typeof METRICS)[number];
// In this order on screen and on paper: the class, what separates runs, what really happened, then the questions.
// The chart has a tab of its own, so the table gets the height of a projector's screen.
const TABS = ['table', 'chart', 'separating', 'timeline', 'prompts'] as const;
type Tab = (typeof TABS)[number];

/** Run lines differ by colour and, past the colours, by dash (never by colour alone). */
const RUN_COLOURS = ['#56b4e9', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#0072b2', '#b4b4b4'];
const RUN_DASHES = [undefined, '7 4', '2 4', '10 3 2 3'];
const SELECTED_COLOUR = '#f0e442';

export class DebriefScene extends Phaser.Scene {
  private runs: Run[] = [];
  private selected = 0;
  private turn = 0;
  private metric: ChartMetric = 'meanTrust';
  private sortBy = '';
  private includeUnfinished = false;
  private tab: Tab = 'table';
  /** The latest spread asked for: an earlier one still refining stops. */
  private spreadTicket = 0;
  /** The latest drawing of the screen: an earlier one still drawing its table leaves the chart to it. */
  private renderTicket = 0;
  private filesTried = 0;
  private redraw!: RenderOnDemand;

  constructor() {
    super('Debrief');
  }

  create(): void {
    this.runs = [];
    this.selected = 0;
    this.turn = 0;
    this.filesTried = 0;
    this.includeUnfinished = false;
    this.tab = 'table';
    this.redraw = renderOnDemand(this);
    startWorkers();
    releaseRuns();
    prepareFormats();

    const messages = h('div', { class: 'debrief-messages', 'data-testid': 'debrief-messages', role: 'status' }, h('p', {}, t.debrief.empty));
    const summary = h('div', { class: 'debrief-summary', 'data-testid': 'debrief-summary' });
    const picker = h('input', { type: 'file', accept: '.json,application/json', multiple: true, id: 'replay-files', 'data-testid': 'replay-files', class: 'visually-hidden' });
    const exportCsv = h('button', { 'data-testid': 'export-csv', disabled: true }, t.debrief.export);
    const print = h('button', { 'data-testid': 'print-handout' }, t.print.button);
    const back = h('button', { 'data-testid': 'back' }, t.debrief.back);
    const unfinished = h('input', { type: 'checkbox', id: 'include-unfinished', 'data-testid': 'include-unfinished' });
    const chartBox = h('div', { class: 'debrief-chart', 'data-testid': 'class-chart' });
    const tabs = h('div', { class: 'debrief-tabs' });
    const runPanel = h('section', { class: 'panel debrief-run', 'data-testid': 'run-panel', 'aria-label': t.debrief.regionAtTurn });
    const handoutTitle = h('h1', { class: 'print-only' });

    const layer = screenLayer(
      this,
      'debrief-screen',
      h(
        'header',
        { class: 'debrief-header no-print' },
        h('h1', {}, t.debrief.heading),
        picker,
        h('label', { for: 'replay-files', class: 'button-like' }, t.debrief.load),
        h('label', { class: 'toggle', for: 'include-unfinished' }, unfinished, t.debriefTrust.includeUnfinished),
        h('span', { class: 'spacer' }),
        print,
        exportCsv,
        glossaryButton(),
        back,
      ),
      handoutTitle,
      h('div', { class: 'debrief-status' }, summary, messages),
      h('div', { class: 'debrief-main' }, h('div', { class: 'debrief-class' }, tabs), runPanel),
    );
    layer.addEventListener('dragover', (event) => event.preventDefault());
    layer.addEventListener('drop', (event) => {
      event.preventDefault();
      if (event.dataTransfer) void this.loadRuns([...event.dataTransfer.files], messages, render);
    });
    picker.addEventListener('change', () => {
      void this.loadRuns([...(picker.files ?? [])], messages, render);
      picker.value = '';
    });
    unfinished.addEventListener('change', () => {
      this.includeUnfinished = unfinished.checked;
      void render();
    });
    back.addEventListener('click', () => {
      this.redraw.wake();
      this.scene.start('Title');
    });
    print.addEventListener('click', () => window.print());
    exportCsv.addEventListener('click', () => this.exportCsv());

    // Scrubbing redraws only the chart's cursor and the run panel; the class table does not change.
    const scrub = () => {
      this.renderChart(chartBox);
      this.renderRun(runPanel, scrub);
      this.redraw.wake();
    };
    // Settles once the class table's last row is in (a long table is drawn a part at a time) and
    // the chart is drawn: at once when its tab is shown, else after the table (behind which it
    // waits, for its tab or the printed handout), so drawing the two never shares one frame.
    const render = async (): Promise<void> => {
      const ticket = ++this.renderTicket;
      exportCsv.disabled = this.runs.length === 0;
      handoutTitle.textContent = this.runs.length ? t.print.handoutTitle(shown(this.reference().scenario).title) : t.print.promptsOnly;
      layer.classList.toggle('no-runs', this.runs.length === 0);
      this.renderSummary(summary);
      const table = this.renderTabs(tabs, chartBox, render);
      const chartShown = this.tab === 'chart';
      if (chartShown) this.renderChart(chartBox);
      this.renderRun(runPanel, scrub);
      this.redraw.wake();
      await table;
      if (!chartShown && ticket === this.renderTicket) this.renderChart(chartBox);
    };
    void render();
    // A live class's teacher page: the class's games replace the runs shown as they arrive.
    const live = teacherParams();
    if (live) {
      // Mid-lesson every game is unfinished: the class figures count them from the start.
      this.includeUnfinished = unfinished.checked = true;
      this.events.once('shutdown', mountLiveView(layer, live, (files) => this.loadRuns(files, messages, render, true)));
    }
    bus.enterScene('Debrief');
  }

  /**
   * Files dropped or picked join the runs loaded; a live class's games (`replace`) take their
   * place, keeping the run selected and games identical to one loaded (students who decided
   * alike). Says how far the load has come meanwhile, and once the class table is drawn, what
   * was loaded, in how long, and what was wrong with any file.
   */
  private async loadRuns(files: File[], messages: HTMLElement, render: () => Promise<void>, replace = false): Promise<void> {
    const started = performance.now();
    const selected = this.runs[this.selected]?.label;
    if (replace) {
      releaseRuns();
      this.runs = [];
      this.filesTried = 0;
    }
    const { count, notes } = files.length ? await this.addRuns(files, messages, replace) : { count: 0, notes: [] };
    if (replace) this.selected = Math.max(0, this.runs.findIndex((r) => r.label === selected));
    if (this.runs.length > 0) {
      // The run shown beside the table is opened before the load counts as done.
      await this.open(this.current());
      this.turn = Math.min(this.turn, this.current().regions.length - 1);
    }
    await render();
    if (replace && !files.length) return;
    const ms = Math.round(performance.now() - started);
    messages.replaceChildren(h('p', {}, t.debriefTrust.loaded(count, ms)), ...notes.map((n) => h('p', { class: 'debrief-error', role: 'alert' }, n)));
  }

  /** The files' verified games added to the runs, in the files' order; `twins`: keep games identical to one loaded, not only distinct files. */
  private async addRuns(files: File[], messages: HTMLElement, twins: boolean): Promise<{ count: number; notes: string[] }> {
    const started = performance.now();
    const notes: string[] = [];
    let count = 0;
    // Read, verified and summarised in the analysis workers so the page keeps its frame rate;
    // each run's whole game stays there until the run is opened.
    const placed = await loadInWorkers(files, (done) => {
      if (done < files.length) messages.replaceChildren(h('p', {}, t.debriefTrust.checking(done, files.length)));
    });
    messages.dataset.verifiedAtMs = (performance.now() - started).toFixed(0);
    for (const [i, file] of files.entries()) {
      this.filesTried++;
      const { result, worker } = placed[i]!;
      if (!result.ok) {
        notes.push(t.debrief.fileError(file.name, fileProblem(result.error)));
        continue;
      }
      // A file read with a warning (a key written twice) still plays; the teacher is told which line.
      for (const warning of result.warnings) notes.push(t.debrief.fileWarning(file.name, fileProblem(warning)));
      const twin = twins ? undefined : this.runs.find((r) => r.identity === result.identity);
      // The same game under another student's name is one game with two names, not a copy to drop.
      if (twin && result.player !== '' && ![twin.row.player, ...twin.twins.map((x) => x.player)].includes(result.player)) {
        twin.twins.push({ file: file.name, player: result.player });
        twin.label = [twin.row.player || twin.file.replace(/\.json$/, ''), ...twin.twins.map((x) => x.player)].join(' · ');
        notes.push(t.debrief.twoStudents(file.name, twin.file, twin.label));
        continue;
      }
      if (twin) {
        notes.push(t.debrief.duplicate(file.name, twin.file));
        continue;
      }
      count++;
      const name = result.player || file.name.replace(/\.json$/, '');
      const { ok: _ok, scenario, ...summary } = result;
      this.runs.push({
        ...summary,
        file: file.name,
        scenario: typeof scenario === 'string' ? shippedScenarios().find((s) => s.id === scenario)! : scenario,
        worker,
        // Two files under one name (a copy, a shared computer) stay apart in the chart's key.
        label: this.runs.some((r) => r.label === name) ? `${name} (${file.name})` : name,
        twins: [],
        game: null,
      });
    }
    return { count, notes };
  }

  private current(): Run {
    return this.runs[this.selected]!;
  }

  /** Brings a run's re-simulated game from the worker that keeps it, once. */
  private async open(run: Run): Promise<void> {
    if (run.game) return;
    const game = await gameInWorker(run.worker, run.handle);
    run.game = { scenario: run.scenario, seed: run.seed, ...game };
  }

  /** The loaded runs by scenario (id and content), the largest group first. */
  private groups(): ScenarioGroup[] {
    return scenarioGroups(this.runs.map((r) => ({ row: r.row, title: shown(r.scenario).title })));
  }

  /**
   * A run of the class's scenario, the one rankings and class figures compare: a shipped one
   * when any run plays it; the selected run's when that is eligible (see referenceGroup).
   */
  private reference(): Run {
    const group = referenceGroup(this.groups(), scenarioKey(this.current().row));
    return this.runs.find((r) => group && scenarioKey(r.row) === group.key) ?? this.current();
  }

  /** Runs of the class's scenario: only those can be compared with each other. */
  private sameScenario(): Run[] {
    if (this.runs.length === 0) return [];
    const key = scenarioKey(this.reference().row);
    return this.runs.filter((r) => scenarioKey(r.row) === key);
  }

  /** Runs in rankings and class figures: same scenario, verified, finished unless brought in. */
  private counted(): Run[] {
    return this.sameScenario().filter((r) => counts(r.row, this.includeUnfinished));
  }

  /** The scenario the prompts come from (in the player's language): the selected run's, or with no run the default one. */
  private promptScenario(): Scenario | null {
    if (this.runs.length) return shown(this.current().scenario);
    const playable = bundledScenarios().flatMap((b) => (b.ok ? [b.scenario] : []));
    const fallback = playable.find((s) => s.id === 'vraem-2012') ?? playable[0];
    return fallback ? shown(fallback) : null;
  }

  /** The header's counts and any plain warning about what the class view can and cannot show. */
  private renderSummary(box: HTMLElement): void {
    if (this.runs.length === 0) {
      box.replaceChildren(this.filesTried ? h('p', { class: 'debrief-warning', role: 'alert' }, t.debriefTrust.noValid(this.filesTried)) : '');
      return;
    }
    const tally = classCounts(this.runs.map((r) => r.row), this.includeUnfinished);
    const warnings: string[] = [];
    const groups = this.groups();
    // Look-alikes (the same title) are told apart by id and content hash.
    const name = (g: ScenarioGroup) => (titleTwin(g, groups) ? t.debriefTrust.scenarioTwin(g.title, g.id, g.shipped ? null : g.hash.slice(0, 8)) : g.title);
    const reference = groups.find((g) => g.key === scenarioKey(this.reference().row));
    if (groups.length > 1 && reference) warnings.push(t.debriefTrust.mixedScenarios(groups.map((g) => t.debriefTrust.scenarioGroup(name(g), g.runs)).join('; '), name(reference), reference.shipped, groups.filter((g) => g.shipped === reference.shipped).length > 1));
    if (tally.verified === 0) warnings.push(t.debriefTrust.noneVerified);
    else if (tally.counted === 0 && tally.unfinished > 0) warnings.push(t.debriefTrust.onlyUnfinished);
    box.replaceChildren(
      h('p', { 'data-testid': 'debrief-counts' }, h('strong', {}, t.debriefTrust.summary(tally.verified, tally.unverified, tally.unfinished)), ` · ${t.debriefTrust.counted(this.counted().length)}`),
      ...warnings.map((w) => h('p', { class: 'debrief-warning', 'data-testid': 'debrief-warning' }, w)),
    );
  }

  private renderChart(box: HTMLElement): void {
    const runs = this.counted();
    if (this.runs.length === 0) {
      box.replaceChildren();
      return;
    }
    const selected = this.current();
    const scenario = selected.scenario;
    const metricButtons = METRICS.map((m) => {
      const button = h('button', { 'data-metric': m, 'aria-pressed': String(m === this.metric) }, t.debrief.metric[m]);
      button.addEventListener('click', () => {
        this.metric = m;
        this.renderChart(box);
      });
      return button;
    });
    const values = (r: Run) => r.regions.map((region) => region[this.metric]);
    const band = bandOf(runs.map(values));
    const series: ChartSeries[] = runs
      .filter((r) => r !== selected)
      .map((r, i) => {
        const dash = RUN_DASHES[Math.floor(i / RUN_COLOURS.length) % RUN_DASHES.length];
        return { label: r.label, values: values(r), colour: RUN_COLOURS[i % RUN_COLOURS.length]!, width: 1.5, ...(dash ? { dash } : {}) };
      });
    if (runs.length > 1) series.push({ label: t.debriefTrust.median, values: band.median, colour: '#eef2f5', width: 2.5, dash: '12 4', className: 'median' });
    series.push({ label: selected.label, values: values(selected), colour: SELECTED_COLOUR, width: 3.5, className: 'you' });
    const title = t.debriefTrust.chartTitle(t.debrief.metric[this.metric], runs.length);
    box.replaceChildren(
      h('div', { class: 'metric-buttons no-print', role: 'group', 'aria-label': title }, ...metricButtons),
      h(
        'figure',
        {},
        h('figcaption', { class: 'visually-hidden' }, title),
        fittedChart((width, fontSize) =>
          lineChart({
            title,
            calendar: scenario.calendar,
            turns: scenario.calendar.turns,
            quarterLabel: t.chartAxes.quarter,
            series,
            ...(runs.length > 1 ? { band: { low: band.low, high: band.high } } : {}),
            fit: true,
            width,
            height: Math.max(150, Math.min(420, Math.round(window.innerHeight * 0.42))),
            cursor: this.turn,
            endLabels: 6,
            fontSize,
          }),
        ),
        chartLegend(series, runs.length > 1 ? [{ label: t.debriefTrust.band, className: 'band' }] : []),
      ),
      // The figures behind the lines, for screen readers and anyone who prefers numbers.
      h('div', { class: 'visually-hidden', 'data-testid': 'class-chart-data' }, classChartTable(t.debrief.metric[this.metric], runs.map(values), { label: selected.label, values: values(selected) }, this.metric === 'cocaHectares' ? fmt.whole : fmt.index)),
    );
  }

  /** Class table, levers that separate, prompts and timeline as tabs: each one click away, never below the fold. Settles once the table is whole. */
  private renderTabs(box: HTMLElement, chartBox: HTMLElement, render: () => Promise<void>): Promise<void> {
    const scenario = this.promptScenario();
    const timeline = scenario && this.runs.length ? timelineOf(scenario) : [];
    const available = TABS.filter((tab) => (tab === 'table' || tab === 'chart' || tab === 'separating' ? this.runs.length > 0 : tab === 'timeline' ? timeline.length > 0 : true));
    // The tab chosen stays chosen; while it has nothing to show (no runs yet), the first one that does.
    const shown = available.includes(this.tab) ? this.tab : (available[0] ?? 'prompts');
    const buttons = available.map((tab) => {
      const button = h('button', { role: 'tab', id: `tab-${tab}`, 'aria-controls': `panel-${tab}`, 'aria-selected': String(tab === shown), tabindex: tab === shown ? 0 : -1, 'data-tab': tab }, t.debriefTrust.tabs[tab]);
      button.addEventListener('click', () => {
        this.tab = tab;
        void render();
        box.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
      });
      button.addEventListener('keydown', (event) => {
        const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        const next = available[(available.indexOf(tab) + step + available.length) % available.length]!;
        this.tab = next;
        void render();
        box.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
      });
      return button;
    });
    const panel = (tab: Tab, ...content: (HTMLElement | null)[]) =>
      h('div', { role: 'tabpanel', id: `panel-${tab}`, 'aria-labelledby': `tab-${tab}`, class: `tab-panel panel-${tab}`, hidden: tab !== shown, 'data-testid': `panel-${tab}` }, h('h2', { class: 'print-only' }, t.debriefTrust.tabs[tab]), ...content);
    const table = available.includes('table') ? this.classTable(render) : null;
    const parts = [
      h('div', { role: 'tablist', class: 'tab-list no-print', 'aria-label': t.debrief.heading }, ...buttons),
      table ? panel('table', table.box) : null,
      available.includes('chart') ? panel('chart', chartBox) : null,
      available.includes('separating') ? panel('separating', this.separating()) : null,
      // The prompts before the timeline: on screen one panel shows at a time, and on paper the
      // handout's discussion page comes before the dated events that back it up.
      panel('prompts', scenario ? h('ol', { class: 'prompt-list', 'data-testid': 'prompts' }, ...scenario.debriefPrompts.map((p) => h('li', {}, p))) : null),
      available.includes('timeline') ? panel('timeline', timelineList(timeline)) : null,
    ];
    box.replaceChildren(...parts.filter((part) => part !== null));
    return table?.drawn ?? Promise.resolve();
  }

  /** The class table, its rows drawn a part at a time (see rowsInParts): `drawn` settles once the last is in. */
  private classTable(render: () => Promise<void>): { box: HTMLElement; drawn: Promise<void> } {
    const scenario = shown(this.reference().scenario);
    const classKey = scenarioKey(this.reference().row);
    const criteria = scenario.assessment;
    // Ranked on the criterion chosen, the first one until the teacher picks another: a rank never just counts files in load order.
    const criterion = criteria.find((c) => c.id === this.sortBy) ?? criteria[0];
    const indexed = this.runs.map((run, index) => ({ run, index, row: run.row }));
    const { ranked, unranked } = rankRuns(indexed.filter((r) => scenarioKey(r.row) === classKey), criterion, this.includeUnfinished);
    // Runs of another scenario (a look-alike with the same title included) stay listed and selectable, never ranked nor compared.
    const elsewhere = indexed.filter((r) => scenarioKey(r.row) !== classKey);
    const divergence = (r: Run) => {
      const turns = this.runs.filter((o) => o !== r && o.seed === r.seed).map((o) => firstDivergence(r.recordedHashes, o.recordedHashes));
      const first = turns.filter((x): x is number => x !== null);
      return first.length ? String(Math.min(...first)) : '–';
    };
    const header = h(
      'tr',
      {},
      h('th', { scope: 'col' }, t.debriefTrust.rank, criterion ? h('span', { class: 'run-facts', 'data-testid': 'rank-by' }, t.debriefTrust.rankBy(criterion.label)) : null),
      h('th', { scope: 'col' }, t.debrief.run),
      h('th', { scope: 'col' }, t.debrief.check),
      ...criteria.map((c) => {
        const button = h('button', { class: 'sort', 'data-sort': c.id, 'aria-pressed': String(criterion === c) }, c.label);
        button.addEventListener('click', () => {
          this.sortBy = c.id;
          void render();
        });
        return h('th', { scope: 'col', class: 'num', 'aria-sort': criterion === c ? (c.better === 'higher' ? 'descending' : 'ascending') : undefined }, button);
      }),
    );
    const total = scenario.calendar.turns;
    // A look-alike with the class's title is named by id and content hash.
    const otherName = (run: Run) => {
      const title = shown(run.scenario).title;
      return title === scenario.title ? t.debriefTrust.scenarioTwin(title, run.row.scenarioId, run.row.shippedScenario ? null : run.row.scenarioHash.slice(0, 8)) : title;
    };
    const row = ({ run, index }: { run: Run; index: number }, rank: number | null) => {
      const { divergence: broken, modifiedFrom } = run;
      const other = scenarioKey(run.row) !== classKey;
      // A verified game on a changed copy of a shipped scenario is flagged by name: its figures are not the class's.
      const check = broken ? `⚠ ${t.debrief.tampered(broken.turn)}` : modifiedFrom ? `⚠ ${t.replayChecks.modified(modifiedFrom)}` : other ? t.debriefTrust.otherScenario(otherName(run)) : run.row.finished ? `✓ ${t.debrief.verified}` : `✓ ${t.debriefTrust.unfinished(run.row.turns, total)}`;
      const select = h('button', { class: 'link', 'data-run': String(index), title: run.label }, run.label);
      select.addEventListener('click', () => {
        this.selected = index;
        this.turn = Math.min(this.turn, run.regions.length - 1);
        void render();
        // Drawn again with the run's turns once its game is here (the panel says it is opening meanwhile).
        if (!run.game)
          void this.open(run).then(() => {
            if (this.runs[this.selected] === run) void render();
          });
      });
      const facts = [t.debriefTrust.runFacts(run.row.seed, run.row.turns, run.scenario.calendar.turns, other ? '–' : divergence(run)), run.twins.length ? t.debrief.oneGame(run.twins.length + 1) : ''].filter((x) => x).join(' · ');
      return h(
        'tr',
        { class: [index === this.selected ? 'selected' : '', rank === null ? 'unranked' : ''].join(' ').trim(), 'data-file': run.file },
        h('td', { class: 'num' }, rank === null ? t.debriefTrust.leftOut : String(rank)),
        // Seed, turns and where the run parts from same-seed runs sit under its name, so the outcomes fit beside it on a projector.
        h(
          'th',
          { scope: 'row' },
          select,
          h('span', { class: 'run-facts', title: facts }, facts),
        ),
        h('td', { class: broken || modifiedFrom ? 'flagged' : run.row.finished ? '' : 'unfinished' }, check),
        ...criteria.map((c) => h('td', { class: 'num', 'data-criterion': c.id }, other ? '–' : formatCriterion(c.measure, run.row.outcomes[c.id] ?? 0))),
      );
    };
    const body = h('tbody');
    const table = h('table', { class: 'class-table' }, h('thead', {}, header), body);
    const rows = [...ranked.map((r, i) => ({ ...r, rank: i + 1 })), ...[...unranked, ...elsewhere].map((r) => ({ ...r, rank: null }))];
    return { box: h('div', { class: 'table-scroll', 'data-testid': 'class-table' }, table), drawn: rowsInParts(body, table, rows, (r) => row(r, r.rank)) };
  }

  private separating(): HTMLElement {
    const scenario = shown(this.reference().scenario);
    const criterion = scenario.assessment.find((c) => c.id === this.sortBy) ?? scenario.assessment[0]!;
    const runs = this.counted();
    const separation = separatingLevers(
      scenario,
      runs.map((r) => ({ levers: r.levers, outcome: r.row.outcomes[criterion.id] ?? 0 })),
      criterion.better,
    ).slice(0, 3);
    const labels = new Map(scenario.levers.map((l) => [l.id, l.label]));
    const range = ([low, high]: readonly [number, number]) => t.debriefTrust.range(fmt.money(low), fmt.money(high));
    return h(
      'div',
      { 'data-testid': 'separating' },
      h('h3', {}, t.debrief.separating(criterion.label)),
      runs.length < SEPARATION_MIN_RUNS ? h('p', { class: 'debrief-warning', 'data-testid': 'few-runs' }, t.debriefTrust.fewRuns(runs.length, SEPARATION_MIN_RUNS)) : null,
      ...(separation.length
        ? separation.map((s) => h('p', {}, t.debriefTrust.separatingLine(labels.get(s.lever) ?? s.lever, fmt.money(s.best), range(s.bestRange), fmt.money(s.worst), range(s.worstRange), s.groupSize)))
        : [h('p', { class: 'muted' }, t.debriefTrust.needMore)]),
    );
  }

  private renderRun(panel: HTMLElement, scrub: () => void): void {
    if (this.runs.length === 0) {
      panel.replaceChildren(h('p', { class: 'muted' }, t.debrief.empty));
      return;
    }
    const run = this.current();
    const { game } = run;
    if (!game) {
      panel.replaceChildren(h('div', {}, h('h2', {}, run.label), h('p', { class: 'muted', role: 'status' }, t.debrief.opening)));
      return;
    }
    // Texts in the player's language; replays and what-ifs run on the file's own scenario.
    const scenario = shown(run.scenario);
    const last = run.regions.length - 1;
    const slider = h('input', { type: 'range', min: 0, max: last, step: 1, value: this.turn, 'aria-label': t.debrief.turnOf(this.turn, last), 'data-testid': 'scrubber' });
    const go = (turn: number) => {
      this.turn = Math.max(0, Math.min(last, turn));
      scrub();
      panel.querySelector<HTMLElement>('[data-testid=scrubber]')?.focus();
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
      const session = Session.replay(run.scenario, run.seed, game.decisions.slice(0, this.turn));
      if (!session) return;
      bus.session = session;
      this.redraw.wake();
      this.scene.start(session.state.finished ? 'End' : 'Play');
    });
    // The band of what could have happened from this turn, beside what did: only while turns remain.
    const remaining = !game.states[this.turn]!.finished && this.turn < scenario.calendar.turns;
    const band = remaining ? h('button', { 'data-testid': 'what-if-band' }, t.whatIfBand.button) : null;
    band?.addEventListener('click', () => this.openBand(run, game));
    const spreadBox = h('div', { 'data-testid': 'spread' });
    const spread = h('button', { 'data-testid': 'spread-button' }, t.debrief.spread);
    spread.addEventListener('click', () => void this.spread(run, game, spreadBox));
    const consequencesBox = h('div', { 'data-testid': 'run-consequences' });
    const consequences = h('button', { 'data-testid': 'consequences-button' }, t.debriefTrust.consequences);
    consequences.addEventListener('click', () => void this.showConsequences(run, game, consequencesBox));
    const status = run.divergence ? `⚠ ${t.debrief.tampered(run.divergence.turn)}` : run.row.finished ? `✓ ${t.debrief.verified}` : t.debriefTrust.unfinished(run.row.turns, scenario.calendar.turns);
    const mapTurn = this.turn;
    // h() skips the parts a turn does not have (no decisions before the first turn).
    panel.replaceChildren(
      h(
        'div',
        {},
      h('h2', {}, run.label),
      h('p', { class: run.divergence ? 'flagged' : 'muted' }, status),
      fittedChart((width) => miniMap(scenario, game.states[mapTurn]!, width)),
      h('div', { class: 'scrubber' }, previous, slider, next),
      h('p', { 'data-testid': 'scrub-turn' }, this.turn === 0 ? t.debrief.start : t.debrief.turnOf(this.turn, last)),
      h('h3', {}, t.debrief.regionAtTurn),
      h(
        'p',
        { 'data-testid': 'scrub-region' },
        `${t.play.charts.trust} ${fmt.index(region.meanTrust)} · ${t.play.charts.security} ${fmt.index(region.meanSecurity)} · ${t.play.charts.coca} ${fmt.whole(region.cocaHectares)} · ${t.play.charts.influence} ${fmt.index(region.meanInsurgentInfluence)}`,
      ),
      h(
        'table',
        { class: 'mini' },
        // Short headings, spelled out in the caption, so the four columns fit a narrow panel in any language.
        h('caption', {}, t.debriefTrust.miniKey),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.debriefTrust.community), h('th', { scope: 'col', class: 'num' }, t.a11y.markerKey.trust), h('th', { scope: 'col', class: 'num' }, t.a11y.markerKey.security), h('th', { scope: 'col', class: 'num' }, t.play.community.coca))),
        h('tbody', {}, ...communities.map((c) => h('tr', {}, h('th', { scope: 'row' }, c.name), h('td', { class: 'num' }, fmt.whole(c.trust)), h('td', { class: 'num' }, fmt.whole(c.security)), h('td', { class: 'num' }, fmt.whole(c.cocaHectares))))),
      ),
      decisions ? h('h3', {}, t.debrief.decisions) : null,
      decisions && report ? h('p', {}, scenario.levers.map((l) => `${l.label} ${fmt.money(report.levers[l.id])} ${l.unit}`).join(' · ')) : null,
      report ? h('h3', {}, t.debrief.events) : null,
      report ? h('p', {}, report.events.length ? report.events.map((e) => e.title).join('; ') : t.debrief.noEvents) : null,
      report ? renderLedger(scenario, report) : null,
      h('div', { class: 'actions' }, whatIf, band, spread, consequences),
      spreadBox,
      consequencesBox,
      ),
    );
  }

  /**
   * The band of outcomes over 200 seeds if the run's turns up to the scrubbed one are kept and
   * the levers are held from then on, the sliders starting where the run had them, beside the
   * run's own line, computed on the shipped copy where there is one (see shippedCopy).
   */
  private openBand(run: Run, game: PlayedGame): void {
    const scenario = shippedCopy(run) ?? run.scenario;
    openOutcomeBand({
      id: 'whatif-band',
      scenario,
      played: game.decisions.slice(0, this.turn),
      levers: game.states[this.turn]!.lastLevers,
      heading: t.whatIfBand.heading(run.label, this.turn),
      intro: [t.whatIfBand.intro(BAND_SEEDS, this.turn), t.whatIfBand.startValues],
      leversHeading: t.whatIfBand.levers(this.turn + 1, scenario.calendar.turns),
      run: { label: run.label, series: runSeries(scenario, game.states) },
    });
  }

  /** The run's most consequential decisions, computed off the page's thread. */
  private async showConsequences(run: Run, game: PlayedGame, box: HTMLElement): Promise<void> {
    const { scenario, seed, divergence } = run;
    box.replaceChildren(h('p', { class: 'muted', role: 'status' }, t.consequences.computing));
    try {
      const result = await requestConsequences({ scenario, seed, decisions: game.decisions });
      box.replaceChildren(
        h(
          'div',
          {},
          h('h3', {}, t.consequences.headingFor(run.label)),
          divergence ? h('p', { class: 'flagged' }, t.consequences.unverified) : null,
          consequenceList(shown(scenario), result.analysis, SHOWN_DECISIONS),
          h('p', { class: 'muted', 'data-testid': 'consequence-timing', 'data-compute-ms': result.computeMs.toFixed(1), 'data-where': result.where }, t.consequences.timing(result.analysis.ranked.length + result.analysis.refused.length, Math.round(result.computeMs))),
        ),
      );
    } catch (error) {
      box.replaceChildren(h('p', { role: 'alert' }, t.consequences.failed(error instanceof Error ? error.message : String(error))));
    }
  }

  /**
   * Plays the run's decisions on 200 seeds in the analysis workers, so the page never freezes:
   * figures from the first seeds at once, marked as a first look, then over all of them.
   */
  private async spread(run: Run, game: PlayedGame, box: HTMLElement): Promise<void> {
    const started = performance.now();
    const ticket = ++this.spreadTicket;
    const seeds = Array.from({ length: 200 }, (_, i) => `spread-${i}`);
    const labels = shown(run.scenario);
    box.textContent = t.debrief.spreadRunning(0, seeds.length);
    const show = (outcomes: Record<string, number[]>, done: number, final: boolean) => {
      const spread = summarizeSpread(new Map(Object.entries(outcomes)));
      box.dataset.computeMs = lastComputeMs().toFixed(0);
      box.dataset.refining = String(!final);
      box.replaceChildren(
        h('h3', {}, t.debrief.spreadHeading),
        ...labels.assessment.map((c) => {
          const s = spread[c.id]!;
          // Where this run's own seed sits among its decisions' outcomes on the other seeds.
          const luck = seedLuck(outcomes[c.id] ?? [], run.row.outcomes[c.id] ?? 0, c.better);
          return h(
            'p',
            { 'data-criterion': c.id },
            t.debrief.spreadLine(c.label, formatCriterion(c.measure, s.low), formatCriterion(c.measure, s.median), formatCriterion(c.measure, s.high)),
            '; ',
            h('span', { class: luck.verdict === 'typical' ? '' : 'flagged', 'data-testid': `luck-${c.id}`, 'data-luckier': String(luck.luckier) }, [t.luck.run(luck.luckier, luck.of), luck.verdict === 'typical' ? '' : t.luck.verdict[luck.verdict]].filter((x) => x).join(': ')),
          );
        }),
        ...(final ? [] : [h('p', { class: 'small muted', role: 'status' }, t.debrief.spreadRefining(done, seeds.length))]),
        ...(computedOn() === 'page' ? [h('p', { class: 'small muted' }, t.outcomeBand.onPage)] : []),
      );
      // From the click to the figures on the page, first look and final, for the benchmark (npm run bench:web).
      box.dataset[final ? 'shownMs' : 'firstShownMs'] = (performance.now() - started).toFixed(0);
    };
    try {
      // An unchanged shipped scenario is the page's own copy, which the workers know by name.
      await inStages(
        seeds,
        stageEnds(seeds.length),
        (part) => outcomesInWorkers(shippedCopy(run) ?? run.scenario, game.decisions, part),
        (parts) => Object.fromEntries(gatherOutcomes(parts)),
        ({ value, seeds: done, final }) => show(value, done, final),
        () => ticket !== this.spreadTicket,
      );
    } catch (error) {
      if (ticket === this.spreadTicket) box.replaceChildren(h('p', { role: 'alert' }, t.debrief.spreadFailed(error instanceof Error ? error.message : String(error))));
    }
  }

  /** The class table in the page's language: headers, yes/no and each run's status. */
  private exportCsv(): void {
    const scenario = this.reference().scenario;
    const labels = new Map(shown(scenario).assessment.map((c) => [c.id, c.label]));
    const words = t.debrief.csv;
    const rows = this.runs.flatMap((run) => studentRows({ ...run.row, status: this.csvStatus(run) }, run.twins, words.sameGameAs));
    const csv = classTableCsv(rows, scenario.assessment.map((c) => c.id), { header: words.header, yes: words.yes, no: words.no, custom: words.custom, criterion: (id) => (words.criterionTitles === 'label' ? labels.get(id) ?? id : id) });
    saveFile(`${scenario.id}-class-table.csv`, csv, 'text/csv');
  }

  /** Why a run is not a clean, finished, verified game ('' when it is). */
  private csvStatus(run: Run): string {
    const notes = [
      run.modifiedFrom ? t.replayChecks.modified(run.modifiedFrom) : '',
      run.divergence ? t.debrief.csv.notVerifiedAt(run.divergence.turn) : '',
      !run.divergence && !run.row.finished ? t.replayChecks.unfinished(run.row.turns, run.scenario.calendar.turns) : '',
    ];
    return notes.filter((note) => note.length > 0).join('; ');
  }
}
