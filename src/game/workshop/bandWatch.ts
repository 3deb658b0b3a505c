/**
 * The band watch: a chosen plan's outcome band over 200 seeds for whatever scenario it is shown
 * (a workshop draft, or a shipped scenario with a teacher's changed assumptions), redrawn as the
 * scenario changes, with the band before the last change ghosted beside it and both put in words.
 * The seeds are played in the analysis workers in two stages (a first look over 50, then all
 * 200; see seedStages.ts) and bands already worked out are kept (bandCache.ts); a change made
 * while a band is being worked out replaces it (latestOnly.ts). A scenario the validator refuses
 * draws no band, and its first problem is said in one line. "Run checks" plays the scenario's
 * own checks and, for a copy of a shipped scenario, the stylized facts, in the workers.
 */
import { bandFromSeries, bandSeeds, type OutcomeBand, type SeedSeries } from '../../analysis/outcomeBand.ts';
import { PlanRefused, type Levers } from '../../analysis/plans.ts';
import { verdictsFor } from '../../analysis/scenarioVerdicts.ts';
import { inStages, stageEnds } from '../../analysis/seedStages.ts';
import { historicalPolicy } from '../../policy/historical.ts';
import { parsePolicy } from '../../policy/load.ts';
import type { Policy } from '../../policy/schema.ts';
import { policyTexts } from '../../policy/texts.ts';
import { parseScenario } from '../../scenario/load.ts';
import type { Scenario } from '../../scenario/schema.ts';
import committeesWithOversight from '../../../policies/committees-with-oversight.json';
import committeesWithoutOversight from '../../../policies/committees-without-oversight.json';
import developmentOnly from '../../../policies/development-only.json';
import eradicationOnly from '../../../policies/eradication-only.json';
import paired from '../../../policies/paired.json';
import statusQuo from '../../../policies/status-quo.json';
import { shippedScenarios } from '../scenarios.ts';
import { dictionary, type Locale } from '../strings/index.ts';
import { bandSeriesInWorkers, computedOn, verdictsInWorkers } from '../ui/analysisWorker.ts';
import { bandKey, cachedBand, keepBand } from '../ui/bandCache.ts';
import { h } from '../ui/dom.ts';
import { formatCriterion } from '../ui/format.ts';
import { latestOnly } from '../ui/latestOnly.ts';
import { chartLegend, fittedChart, lineChart, type ChartSeries } from '../ui/lineChart.ts';

export const WATCH_SEEDS = 200;

/** The shipped policy files a plan can be, by the key of their name in the strings. */
const POLICIES = { statusQuo, eradicationOnly, developmentOnly, committeesWithOversight, committeesWithoutOversight, paired } as const;
type PlanId = 'levers' | 'historical' | keyof typeof POLICIES;

const NOW_COLOUR = '#7cc4ff';
const GHOST = { colour: '#b0b0b0', dash: '6 4' };

export interface BandWatchOptions {
  readonly lang: Locale;
  /** The levers "as they stand" (Explore's sliders); left out, the scenario's defaults. */
  readonly levers?: () => Partial<Levers>;
  /** Prefix of the test ids and control ids; "band-watch" when left out. */
  readonly id?: string;
}

export interface BandWatch {
  show(scenario: unknown): void;
  destroy(): void;
}

/** Scenarios parsed lately, by their text: the same content is the same object, so its bands are found kept. */
const parsedByText = new Map<string, Scenario>();
const PARSED_KEPT = 32;

/** The scenario to play for `raw`, or the validator's first problem; a shipped scenario's exact copy is the shipped one (the workers hold it). */
function scenarioOf(raw: unknown): { ok: true; scenario: Scenario } | { ok: false; error: string } {
  let text: string;
  try {
    text = JSON.stringify(raw);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const known = parsedByText.get(text);
  if (known) return { ok: true, scenario: known };
  const parsed = parseScenario(raw);
  if (!parsed.ok) return { ok: false, error: parsed.errors[0] ?? 'not a scenario' };
  const parsedText = JSON.stringify(parsed.value);
  const scenario = shippedScenarios().find((s) => s.id === parsed.value.id && JSON.stringify(s) === parsedText) ?? parsed.value;
  parsedByText.set(text, scenario);
  while (parsedByText.size > PARSED_KEPT) parsedByText.delete(parsedByText.keys().next().value!);
  return { ok: true, scenario };
}

const ends = (values: readonly number[]) => values[values.length - 1];

export function mountBandWatch(host: HTMLElement, opts: BandWatchOptions): BandWatch {
  const s = dictionary(opts.lang).assumptions;
  const words = dictionary(opts.lang);
  const id = opts.id ?? 'band-watch';
  const seeds = bandSeeds(WATCH_SEEDS);
  let scenario: Scenario | null = null;
  let plan: PlanId = 'levers';
  /** The last band drawn in full, and the one before the last change (the ghost). */
  let drawn: OutcomeBand | null = null;
  let ghost: OutcomeBand | null = null;
  let destroyed = false;

  const picker = h('select', { id: `${id}-plan`, 'data-testid': `${id}-plan` });
  const status = h('p', { role: 'status', 'data-testid': `${id}-status` });
  const charts = h('div', { class: 'band-charts', 'data-testid': `${id}-charts` });
  const said = h('ul', { class: 'band-said', 'data-testid': `${id}-said` });
  const table = h('div', { class: 'table-scroll', 'data-testid': `${id}-table` });
  const checksButton = h('button', { type: 'button', 'data-testid': `${id}-run-checks` }, s.runChecks);
  const checksStatus = h('p', { role: 'status', 'data-testid': `${id}-checks-status` });
  const checksList = h('ul', { class: 'band-checks', 'data-testid': `${id}-checks` });

  const labelOf = (sc: Scenario, i: number): string => {
    const criterion = sc.assessment[i]!;
    return (opts.lang === 'en' ? undefined : sc.translations[opts.lang]?.[`assessment[${criterion.id}].label`]) ?? criterion.label;
  };

  /** The plans this scenario can play: the levers as they stand, the historical path where it has one, and each shipped policy that fits it. */
  const plans = (sc: Scenario): { id: PlanId; label: string; policy?: Policy }[] => {
    const fitting = (Object.keys(POLICIES) as (keyof typeof POLICIES)[]).flatMap((key) => {
      const parsed = parsePolicy(POLICIES[key], sc);
      return parsed.ok ? [{ id: key as PlanId, label: policyTexts(parsed.value, opts.lang).name, policy: parsed.value }] : [];
    });
    const historical = historicalPolicy(sc);
    return [{ id: 'levers', label: s.leversAsTheyStand }, ...(historical ? [{ id: 'historical' as const, label: policyTexts(historical, opts.lang).name, policy: historical }] : []), ...fitting];
  };

  /** The plans of the scenario shown, listed in the picker once per scenario (not on every redraw, so a focused picker keeps its place). */
  let offered: ReturnType<typeof plans> = [];
  const fillPicker = (sc: Scenario) => {
    offered = plans(sc);
    if (!offered.some((o) => o.id === plan)) plan = 'levers';
    picker.replaceChildren(...offered.map((o) => h('option', { value: o.id, selected: o.id === plan }, o.label)));
  };

  const clearBand = () => {
    charts.replaceChildren();
    said.replaceChildren();
    table.replaceChildren();
  };

  const draw = (sc: Scenario, band: OutcomeBand, final: boolean) => {
    charts.dataset.refining = String(!final);
    charts.dataset.where = computedOn();
    charts.classList.toggle('refining', !final);
    const before = ghost && ghost.criteria.length === band.criteria.length ? ghost : null;
    const criteria = band.criteria.map((c, i) => ({ ...c, label: labelOf(sc, i), measure: sc.assessment[i]!.measure, was: before?.criteria[i]?.band }));
    charts.replaceChildren(
      ...criteria.map((c) =>
        h(
          'figure',
          { class: 'band-chart', 'data-criterion': c.id },
          h('figcaption', {}, c.label),
          fittedChart((width, fontSize) => {
            const ghostLines: ChartSeries[] = c.was
              ? [
                  { label: s.before, values: c.was.median, ...GHOST, width: 2.5, className: 'ghost' },
                  { label: `${s.before} (10)`, values: c.was.low, ...GHOST, width: 1, className: 'ghost' },
                  { label: `${s.before} (90)`, values: c.was.high, ...GHOST, width: 1, className: 'ghost' },
                ]
              : [];
            return lineChart({
              title: c.label,
              calendar: sc.calendar,
              turns: sc.calendar.turns,
              quarterLabel: words.chartAxes.quarter,
              series: [...ghostLines, { label: s.now, values: c.band.median, colour: NOW_COLOUR, width: 2.5 }],
              band: { low: c.band.low, high: c.band.high },
              fit: true,
              width,
              height: Math.round(fontSize * 12),
              endLabels: 0,
              fontSize,
            });
          }),
        ),
      ),
    );
    const format = (measure: string, value: number | undefined) => (value === undefined ? '–' : formatCriterion(measure, value));
    said.replaceChildren(
      ...criteria.map((c) => {
        const now = s.describe(c.label, format(c.measure, ends(c.band.low)), format(c.measure, ends(c.band.median)), format(c.measure, ends(c.band.high)));
        const change = c.was ? ` ${s.describeChange(c.label, format(c.measure, ends(c.was.median)), format(c.measure, ends(c.band.median)))}` : '';
        return h('li', { 'data-criterion': c.id }, now + change);
      }),
    );
    const head = (text: string) => h('th', { scope: 'col', class: 'num' }, text);
    table.replaceChildren(
      h(
        'table',
        { class: 'band-table' },
        h('caption', {}, words.outcomeBand.endTable),
        h(
          'thead',
          {},
          h('tr', {}, h('th', { scope: 'col' }, words.outcomeBand.criterion), ...(before ? [head(`${s.before}: ${words.outcomeBand.median}`)] : []), head(words.outcomeBand.low), head(words.outcomeBand.median), head(words.outcomeBand.high)),
        ),
        h(
          'tbody',
          {},
          ...criteria.map((c) =>
            h(
              'tr',
              { 'data-criterion': c.id },
              h('th', { scope: 'row' }, c.label),
              before ? h('td', { class: 'num', 'data-value': 'before-median' }, format(c.measure, c.was && ends(c.was.median))) : null,
              h('td', { class: 'num', 'data-value': 'low' }, format(c.measure, ends(c.band.low))),
              h('td', { class: 'num', 'data-value': 'median' }, format(c.measure, ends(c.band.median))),
              h('td', { class: 'num', 'data-value': 'high' }, format(c.measure, ends(c.band.high))),
            ),
          ),
        ),
      ),
    );
    const now = performance.now();
    charts.dataset.drawnAt = String(now);
    // The first band drawn after a change (a first look, or a kept band): what the benchmark times.
    if (!(Number(charts.dataset.firstDrawnAt) > Number(charts.dataset.changedAt))) charts.dataset.firstDrawnAt = String(now);
    charts.dataset.ghost = String(before !== null);
    status.textContent = final ? words.explore.ready(band.seeds) : words.outcomeBand.refining(band.seeds, seeds.length);
    if (final) drawn = band;
  };

  const work = latestOnly(async ({ sc, planId, policy, levers }: { sc: Scenario; planId: PlanId; policy?: Policy; levers: Partial<Levers> }, stale: () => boolean) => {
    const key = `${bandKey(sc, [], levers)}|${planId}`;
    const kept = cachedBand(key);
    charts.dataset.kept = String(kept !== undefined);
    if (kept) {
      draw(sc, kept, true);
      return;
    }
    const bandOver = (all: SeedSeries) => bandFromSeries(sc, 0, all);
    const all = await inStages(
      seeds,
      stageEnds(seeds.length),
      (part) => bandSeriesInWorkers(sc, [], levers, part, policy),
      (parts: readonly SeedSeries[]) => parts.flat(),
      ({ value, final }) => {
        if (!final && !destroyed) draw(sc, bandOver(value), false);
      },
      stale,
    );
    if (all === null) return;
    const band = bandOver(all);
    keepBand(key, band);
    if (!stale() && !destroyed) draw(sc, band, true);
  });

  const update = () => {
    if (!scenario) return;
    const sc = scenario;
    const chosen = offered.find((o) => o.id === plan)!;
    const levers = opts.levers?.() ?? {};
    status.textContent = words.explore.computing;
    void work({ sc, planId: chosen.id, ...(chosen.policy ? { policy: chosen.policy } : {}), levers }).catch((error: unknown) => {
      if (destroyed) return;
      clearBand();
      charts.dataset.refining = 'false';
      status.textContent = s.noBand(error instanceof PlanRefused ? words.outcomeBand.refused : error instanceof Error ? error.message : String(error));
    });
  };

  /** A change: the band drawn last becomes the ghost, and the new one is worked out. */
  const changed = () => {
    charts.dataset.changedAt = String(performance.now());
    if (drawn) ghost = drawn;
    checksList.replaceChildren();
    checksStatus.textContent = '';
    update();
  };

  picker.addEventListener('change', () => {
    plan = picker.value as PlanId;
    changed();
  });

  const runChecks = latestOnly(async (sc: Scenario, stale: () => boolean) => {
    const asked = verdictsFor(sc, shippedScenarios().some((shipped) => shipped.id === sc.id));
    if (asked.length === 0) {
      checksStatus.textContent = s.noChecks;
      return;
    }
    checksStatus.textContent = s.checking;
    const verdicts = await verdictsInWorkers(sc, asked);
    if (stale() || destroyed || sc !== scenario) return;
    checksList.replaceChildren(
      ...verdicts.map((v) =>
        h(
          'li',
          { 'data-kind': v.kind, 'data-id': v.id, 'data-passed': String(v.passed) },
          h('strong', {}, `${v.kind === 'check' ? s.scenarioCheck(v.id) : s.fact(v.id)}: ${v.passed ? s.pass : s.fail}`),
          ` — ${v.detail}`,
        ),
      ),
    );
    checksStatus.textContent = s.checksDone(verdicts.filter((v) => v.passed).length, verdicts.length);
  });
  checksButton.addEventListener('click', () => {
    if (scenario) void runChecks(scenario).catch((error: unknown) => (checksStatus.textContent = s.noBand(error instanceof Error ? error.message : String(error))));
  });

  const root = h(
    'section',
    { class: 'band-watch', 'data-testid': id, 'aria-labelledby': `${id}-heading` },
    h('h3', { id: `${id}-heading` }, s.bandHeading),
    h('div', { class: 'band-lever' }, h('label', { for: `${id}-plan` }, s.plan), picker),
    chartLegend(
      [
        { label: s.now, values: [], colour: NOW_COLOUR, width: 2.5 },
        { label: s.before, values: [], ...GHOST, width: 2.5, className: 'ghost' },
      ],
      [{ label: words.explore.band, className: 'band' }],
    ),
    status,
    charts,
    said,
    table,
    h('h3', {}, s.checksHeading),
    checksButton,
    checksStatus,
    checksList,
  );
  host.append(root);

  return {
    show(raw: unknown) {
      if (destroyed) return;
      const found = scenarioOf(raw);
      if (!found.ok) {
        // Nothing is drawn for a scenario the validator refuses; the band before stays the ghost for the next valid one.
        scenario = null;
        charts.dataset.changedAt = String(performance.now());
        if (drawn) ghost = drawn;
        clearBand();
        charts.dataset.refining = 'false';
        status.textContent = s.noBand(found.error);
        return;
      }
      if (found.scenario === scenario) return;
      scenario = found.scenario;
      fillPicker(scenario);
      changed();
    },
    destroy() {
      destroyed = true;
      root.remove();
    },
  };
}
