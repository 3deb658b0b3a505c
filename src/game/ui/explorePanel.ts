/**
 * Explore: a teacher sets the levers for a whole game and sees, for every assessment criterion,
 * the band of outcomes over many seeds (median and 10th–90th percentile), redrawn after each
 * move. The band is computed in the analysis workers; a move made while one is being computed
 * replaces it (only the latest setting is drawn).
 */
import { bandSeeds, type OutcomeBand } from '../../analysis/outcomeBand.ts';
import type { Levers } from '../../analysis/plans.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { shown } from '../shownScenario.ts';
import { t } from '../strings/index.ts';
import { bandInWorkers } from './analysisWorker.ts';
import { createDialog, type Dialog } from './dialog.ts';
import { h } from './dom.ts';
import { latestOnly } from './latestOnly.ts';
import { chartLegend, fittedChart, lineChart } from './lineChart.ts';

export const EXPLORE_SEEDS = 200;

let dialog: Dialog | null = null;

export function openExplore(scenario: Scenario): void {
  dialog ??= createDialog('explore');
  const named = shown(scenario);
  const levers: Partial<Levers> = Object.fromEntries(scenario.levers.map((l) => [l.id, l.default]));
  const seeds = bandSeeds(EXPLORE_SEEDS);
  const heading = h('h2', { id: 'explore-title', tabindex: -1 }, t.explore.heading);
  const status = h('p', { class: 'small muted', role: 'status', 'data-testid': 'explore-status' }, t.explore.computing);
  const charts = h('div', { class: 'explore-charts', 'data-testid': 'explore-charts' });
  const compute = latestOnly((setting: Partial<Levers>) => bandInWorkers(scenario, [], setting, seeds));
  const legend = [{ label: t.explore.median, values: [], colour: '#7cc4ff', width: 2.5 }];

  const draw = (band: OutcomeBand) => {
    charts.replaceChildren(
      ...band.criteria.map((c) => {
        const label = named.assessment.find((a) => a.id === c.id)?.label ?? c.id;
        return h(
          'figure',
          { class: 'explore-chart', 'data-criterion': c.id },
          fittedChart((width, fontSize) =>
            lineChart({
              title: label,
              calendar: scenario.calendar,
              turns: scenario.calendar.turns,
              quarterLabel: t.chartAxes.quarter,
              series: [{ label: t.explore.median, values: c.band.median, colour: '#7cc4ff', width: 2.5 }],
              band: { low: c.band.low, high: c.band.high },
              fit: true,
              width,
              height: Math.round(fontSize * 14),
              endLabels: 0,
              fontSize,
            }),
          ),
          h('figcaption', {}, label),
        );
      }),
    );
    charts.dataset.drawnAt = String(performance.now());
    status.textContent = t.explore.ready(band.seeds);
  };
  const update = () => {
    status.textContent = t.explore.computing;
    void compute({ ...levers }).then((band) => {
      if (band) draw(band);
    });
  };

  const sliders = scenario.levers.map((lever) => {
    const id = `explore-${lever.id}`;
    const value = h('output', { for: id, 'data-testid': `${id}-value` }, String(lever.default));
    const input = h('input', { type: 'range', id, min: lever.min, max: lever.max, step: lever.step, value: lever.default, 'data-testid': id });
    input.addEventListener('input', () => {
      levers[lever.id] = Number(input.value);
      value.textContent = input.value;
      charts.dataset.movedAt = String(performance.now());
      update();
    });
    const label = named.levers.find((l) => l.id === lever.id)!;
    return h('div', { class: 'explore-lever' }, h('label', { for: id }, `${label.label} (${label.unit})`), input, value);
  });

  const close = h('button', { 'data-testid': 'explore-close' }, t.explore.close);
  close.addEventListener('click', () => dialog?.close());
  const content = h(
    'div',
    { class: 'reading explore' },
    heading,
    h('p', {}, t.explore.intro(EXPLORE_SEEDS)),
    h('h3', {}, t.explore.levers),
    h('div', { class: 'explore-levers' }, ...sliders),
    h('h3', {}, t.explore.outcomes),
    chartLegend(legend, [{ label: t.explore.band, className: 'band' }]),
    status,
    charts,
    h('div', { class: 'actions' }, close),
  );
  dialog.show(content, 'explore-title', heading);
  update();
}
