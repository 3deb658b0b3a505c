/**
 * An outcome band in a dialog, shared by Explore (levers held for a whole game) and the
 * debrief's what-if (a run's turns up to the scrubbed one, then levers held to the end): a
 * slider per lever and, for every assessment criterion, the band of outcomes over many seeds
 * (median and 10th–90th percentile) redrawn after each move, beside a run's own line where there
 * is one. The band is computed in the analysis workers; a move made while one is being computed
 * replaces it (only the latest setting is drawn). Every chart has its figures as tables: the
 * end of the game at a glance, and turn by turn behind a disclosure.
 */
import { bandFromSeries, bandSeeds, type OutcomeBand, type SeedSeries } from '../../analysis/outcomeBand.ts';
import { PlanRefused, type Levers } from '../../analysis/plans.ts';
import { FIRST_STAGE_SEEDS, stageEnds } from '../../analysis/seedStages.ts';
import type { Decisions } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { shown } from '../shownScenario.ts';
import { t } from '../strings/index.ts';
import { chartTable } from './a11y/chartTable.ts';
import { bandSeriesInWorkers, computedOn, lastComputeMs } from './analysisWorker.ts';
import { bandKey, cachedBand, keepBand, neighbourSettings } from './bandCache.ts';
import { forgetPlayed, playedSoFar, playOn } from './bandProgress.ts';
import { createDialog, type Dialog } from './dialog.ts';
import { h } from './dom.ts';
import { formatCriterion } from './format.ts';
import { latestOnly } from './latestOnly.ts';
import { chartLegend, fittedChart, lineChart, type ChartSeries } from './lineChart.ts';

export const BAND_SEEDS = 200;

/** Settings worked out ahead go in four stages, so a move waits for a quarter of one at most. */
const AHEAD_STAGES = 4;

const MEDIAN_COLOUR = '#7cc4ff';
/** The run's own line: the debrief's colour for the selected run, and dashed so it differs by more than colour. */
const RUN_COLOURS = { colour: '#f0e442', width: 3, dash: '8 4' };

export interface OutcomeBandPanel {
  /** The dialog's test id and the prefix of its controls' ids (`explore`, `whatif-band`). */
  readonly id: string;
  /** The scenario the engine plays: a shipped one is computed in the workers. */
  readonly scenario: Scenario;
  /** The turns already played, replayed on every seed before the levers are held. */
  readonly played: readonly Decisions[];
  /** Where each slider starts. */
  readonly levers: Partial<Levers>;
  readonly heading: string;
  readonly intro: readonly string[];
  readonly leversHeading: string;
  /** A run to set beside the band: its name and, per criterion, its value at every turn from the start. */
  readonly run?: { readonly label: string; readonly series: readonly (readonly number[])[] };
  /** More controls beside Close, given the levers as they stand (Explore's Assumptions button). */
  readonly actions?: (levers: () => Partial<Levers>) => HTMLElement[];
}

const dialogs = new Map<string, Dialog>();

export function openOutcomeBand(panel: OutcomeBandPanel): void {
  const { id, scenario, played, run } = panel;
  const dialog = dialogs.get(id) ?? createDialog(id);
  dialogs.set(id, dialog);
  const named = shown(scenario);
  const levers: Partial<Levers> = Object.fromEntries(scenario.levers.map((l) => [l.id, panel.levers[l.id] ?? l.default]));
  const seeds = bandSeeds(BAND_SEEDS);
  const firstTurn = played.length;
  const heading = h('h2', { id: `${id}-title`, tabindex: -1 }, panel.heading);
  const status = h('p', { class: 'small muted', role: 'status', 'data-testid': `${id}-status` }, t.explore.computing);
  const charts = h('div', { class: 'band-charts', 'data-testid': `${id}-charts` });
  const endTable = h('div', { class: 'table-scroll', 'data-testid': `${id}-table` });
  const byTurn = h('div', { class: 'band-by-turn' });
  const series = (setting: Partial<Levers>, part: string[]) => bandSeriesInWorkers(scenario, played, setting, part);
  const bandOver = (all: SeedSeries) => bandFromSeries(scenario, firstTurn, all);
  const aheadEnds = Array.from({ length: AHEAD_STAGES }, (_, i) => Math.round(((i + 1) * seeds.length) / AHEAD_STAGES));
  /** The lever moved last: its neighbouring settings are worked out first. */
  let moved: string | null = null;
  const runLine = (i: number): ChartSeries[] => (run ? [{ label: run.label, values: run.series[i] ?? [], ...RUN_COLOURS }] : []);
  const medianLine = (values: readonly number[]): ChartSeries => ({ label: t.explore.median, values, colour: MEDIAN_COLOUR, width: 2.5, from: firstTurn });

  /** Seeds of the band drawn for the setting as it stands (none yet after a move). */
  let drawnSeeds = 0;
  const draw = (band: OutcomeBand, final: boolean) => {
    drawnSeeds = band.seeds;
    // When the band arrived, beside when it was drawn, and where it was worked out: the tests
    // tell computing from drawing, and a band that should come from the workers from one that did not.
    const where = computedOn();
    charts.dataset.arrivedAt = String(performance.now());
    charts.dataset.where = where;
    charts.dataset.refining = String(!final);
    charts.classList.toggle('refining', !final);
    if (where === 'workers') charts.dataset.computeMs = lastComputeMs().toFixed(0);
    const criteria = band.criteria.map((c, i) => ({ ...c, i, label: named.assessment[i]?.label ?? c.id, measure: scenario.assessment[i]!.measure }));
    charts.replaceChildren(
      ...criteria.map((c) =>
        h(
          'figure',
          { class: 'band-chart', 'data-criterion': c.id },
          // The name above its chart: in a grid, a name below would sit just over the next row's chart.
          h('figcaption', {}, c.label),
          fittedChart((width, fontSize) =>
            lineChart({
              title: c.label,
              calendar: scenario.calendar,
              turns: scenario.calendar.turns,
              quarterLabel: t.chartAxes.quarter,
              series: [...runLine(c.i), medianLine(c.band.median)],
              band: { low: c.band.low, high: c.band.high, from: firstTurn },
              fit: true,
              width,
              height: Math.round(fontSize * 14),
              ...(firstTurn > 0 ? { cursor: firstTurn } : {}),
              endLabels: 0,
              fontSize,
            }),
          ),
        ),
      ),
    );
    // The figures at the end of the game, one row per criterion; the run's where it stopped if unfinished.
    const runEnd = (i: number, format: (value: number) => string) => {
      const values = run?.series[i] ?? [];
      const last = values.length - 1;
      if (last < 0) return '–';
      const value = format(values[last]!);
      return last < scenario.calendar.turns ? t.outcomeBand.stoppedAt(value, last) : value;
    };
    endTable.replaceChildren(
      h(
        'table',
        { class: 'band-table' },
        h('caption', {}, t.outcomeBand.endTable),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t.outcomeBand.criterion),
            run ? h('th', { scope: 'col', class: 'num' }, t.outcomeBand.thisRun) : null,
            h('th', { scope: 'col', class: 'num' }, t.outcomeBand.low),
            h('th', { scope: 'col', class: 'num' }, t.outcomeBand.median),
            h('th', { scope: 'col', class: 'num' }, t.outcomeBand.high),
          ),
        ),
        h(
          'tbody',
          {},
          ...criteria.map((c) => {
            const format = (value: number) => formatCriterion(c.measure, value);
            const end = (values: readonly number[]) => (values.length ? format(values[values.length - 1]!) : '–');
            return h(
              'tr',
              { 'data-criterion': c.id },
              h('th', { scope: 'row' }, c.label),
              run ? h('td', { class: 'num', 'data-value': 'run' }, runEnd(c.i, format)) : null,
              h('td', { class: 'num', 'data-value': 'low' }, end(c.band.low)),
              h('td', { class: 'num', 'data-value': 'median' }, end(c.band.median)),
              h('td', { class: 'num', 'data-value': 'high' }, end(c.band.high)),
            );
          }),
        ),
      ),
    );
    byTurn.replaceChildren(
      ...criteria.map((c) => {
        const format = (value: number) => formatCriterion(c.measure, value);
        return chartTable(t.outcomeBand.byTurnCaption(c.label), [
          ...(run ? [{ label: t.outcomeBand.thisRun, values: (run.series[c.i] ?? []).slice(firstTurn), format }] : []),
          { label: t.outcomeBand.low, values: c.band.low, format },
          { label: t.outcomeBand.median, values: c.band.median, format },
          { label: t.outcomeBand.high, values: c.band.high, format },
        ], firstTurn);
      }),
    );
    const now = performance.now();
    charts.dataset.drawnAt = String(now);
    // The first band drawn after a move (a first look, or a final band already kept).
    if (!(Number(charts.dataset.firstDrawnAt) > Number(charts.dataset.movedAt))) charts.dataset.firstDrawnAt = String(now);
    const said = final ? t.explore.ready(band.seeds) : t.outcomeBand.refining(band.seeds, seeds.length);
    status.textContent = where === 'page' ? `${said} ${t.outcomeBand.onPage}` : said;
  };

  /**
   * Plays a setting's seeds on to each of `ends` in turn, from those already played (ahead, or by
   * a request overtaken before it finished), handing on each unfinished series; answers the series
   * reached, or null once `stale()` says it is no longer wanted. A whole band is kept.
   */
  const playTo = async (setting: Partial<Levers>, ends: readonly number[], stale: () => boolean, shown: (all: SeedSeries) => void = () => undefined) => {
    const key = bandKey(scenario, played, setting);
    let all = playedSoFar(key);
    for (const end of ends) {
      if (all.length >= end) continue;
      if (stale()) return null;
      all = await playOn(key, seeds, end, (part) => series(setting, part));
      if (all.length < seeds.length) shown(all);
    }
    if (all.length === seeds.length) {
      keepBand(key, bandOver(all));
      forgetPlayed(key);
    }
    return all;
  };

  /**
   * What is in hand for a setting, drawn where not drawn already: its kept band, or a first look
   * from the seeds played ahead. A move draws it at once, without waiting for the request under way
   * (about another setting); the move's job again when it starts, since that request may have
   * been this very setting's.
   */
  const drawInHand = (key: string) => {
    const kept = cachedBand(key);
    const ahead = playedSoFar(key);
    if (kept && drawnSeeds < kept.seeds) draw(kept, true);
    else if (!kept && ahead.length >= FIRST_STAGE_SEEDS && ahead.length > drawnSeeds) draw(bandOver(ahead), false);
  };

  /** A setting's band worked out in stages where not kept; then, until a move comes, the likeliest next settings. */
  const work = latestOnly(async (setting: Partial<Levers>, stale: () => boolean) => {
    const key = bandKey(scenario, played, setting);
    charts.dataset.aheadSeeds = '0';
    // The next stage asked first, so the workers start on it while the page draws.
    const playing = cachedBand(key) ? null : playTo(setting, stageEnds(seeds.length), stale, (value) => {
      if (!stale()) draw(bandOver(value), false);
    });
    drawInHand(key);
    if (playing) {
      const all = await playing;
      if (all === null || stale()) return;
      draw(cachedBand(key)!, true);
    }
    // Ahead: a first look at every neighbouring setting, then the rest of each, a quarter of the
    // seeds a request, so a move waits for a quarter of one setting at most, and finds its first look ready.
    const next = neighbourSettings(scenario, setting, moved);
    const refused = new Set<Partial<Levers>>();
    for (const upTo of [FIRST_STAGE_SEEDS, seeds.length]) {
      for (const one of next) {
        if (refused.has(one) || cachedBand(bandKey(scenario, played, one))) continue;
        try {
          if ((await playTo(one, aheadEnds.filter((end) => end <= upTo), stale)) === null) return;
        } catch {
          // A neighbouring setting the engine refuses is only not worked out ahead; moving to it says why.
          refused.add(one);
        }
      }
      // How many seeds of every neighbouring setting are played (the tests wait for a first look at each).
      charts.dataset.aheadSeeds = String(upTo);
    }
  });
  const update = () => {
    status.textContent = t.explore.computing;
    const setting = { ...levers };
    drawnSeeds = 0;
    // Whether the band was kept, and how many of its seeds were played ahead (for the benchmark and the tests).
    const key = bandKey(scenario, played, setting);
    const kept = cachedBand(key);
    charts.dataset.kept = String(kept !== undefined);
    charts.dataset.playedAhead = String(kept ? seeds.length : playedSoFar(key).length);
    const job = work(setting);
    drawInHand(key);
    void job.catch((error: unknown) => {
      // The engine refuses levers that cost more than a turn's budget (on some seed, some turn):
      // nothing is drawn for them, and the line says why.
      charts.replaceChildren();
      endTable.replaceChildren();
      byTurn.replaceChildren();
      charts.dataset.refining = 'false';
      status.textContent = error instanceof PlanRefused ? t.outcomeBand.refused : t.outcomeBand.failed(error instanceof Error ? error.message : String(error));
    });
  };

  const sliders = scenario.levers.map((lever) => {
    const sliderId = `${id}-${lever.id}`;
    const start = String(levers[lever.id]);
    const value = h('output', { for: sliderId, 'data-testid': `${sliderId}-value` }, start);
    const input = h('input', { type: 'range', id: sliderId, min: lever.min, max: lever.max, step: lever.step, value: start, 'data-testid': sliderId });
    input.addEventListener('input', () => {
      levers[lever.id] = Number(input.value);
      moved = lever.id;
      value.textContent = input.value;
      charts.dataset.movedAt = String(performance.now());
      update();
    });
    const label = named.levers.find((l) => l.id === lever.id)!;
    return h('div', { class: 'band-lever' }, h('label', { for: sliderId }, `${label.label} (${label.unit})`), input, value);
  });

  const close = h('button', { 'data-testid': `${id}-close` }, t.explore.close);
  close.addEventListener('click', () => dialog.close());
  const legend = [...(run ? [{ label: run.label, values: [], ...RUN_COLOURS }] : []), medianLine([])];
  const content = h(
    'div',
    { class: 'reading band-panel' },
    heading,
    ...panel.intro.map((paragraph) => h('p', {}, paragraph)),
    h('h3', {}, panel.leversHeading),
    h('div', { class: 'band-levers' }, ...sliders),
    h('h3', {}, t.explore.outcomes),
    chartLegend(legend, [{ label: t.explore.band, className: 'band' }]),
    status,
    charts,
    endTable,
    h('details', { class: 'band-details' }, h('summary', {}, t.outcomeBand.byTurn), byTurn),
    h('div', { class: 'actions' }, ...(panel.actions?.(() => ({ ...levers })) ?? []), close),
  );
  dialog.show(content, `${id}-title`, heading);
  update();
}
