/**
 * The record beside the player on the end screen: for a scenario whose file carries a `history`
 * record, the published coca hectares of each year beside the player's own area at the end of
 * that year and the reference path's, and the armed group's published size, each figure with its
 * source and marked where the record says it is not yet checked. The player's and the reference's
 * figures are read from states already played; nothing here simulates.
 */
import { yearEndTurn } from '../../analysis/history.ts';
import { summarizeRegion } from '../../engine/index.ts';
import type { GameState } from '../../engine/index.ts';
import type { HistorySeries, Scenario } from '../../scenario/schema.ts';
import { t } from '../strings/index.ts';
import { num } from '../strings/numbers.ts';
import { h } from './dom.ts';

type Point = HistorySeries['points'][number];

/** A published figure: one number, or the published range. */
function figure(point: Point): string {
  return point.range ? `${num(point.range[0])}–${num(point.range[1])}` : num(point.value!);
}

/** The source's title and date, as the scenario's sources list gives them (the date in the player's language). */
function sourceOf(scenario: Scenario, id: string): string {
  const source = scenario.sources.find((s) => s.id === id);
  return source ? `${source.title}, ${source.date}` : id;
}

function recordCell(point: Point): HTMLElement {
  const middle = point.range ? (point.range[0] + point.range[1]) / 2 : point.value!;
  return h(
    'td',
    { class: 'num', 'data-record': String(middle), 'data-checked': String(point.checked) },
    figure(point),
    point.checked ? null : h('span', { class: 'unchecked' }, ` ${t.record.unchecked}`),
  );
}

const coca = (scenario: Scenario, state: GameState): number => summarizeRegion(scenario, state).cocaHectares;

/** The points of a series whose year ends at a turn of the game already played (the start, turn 0, included). */
function playedPoints(scenario: Scenario, series: HistorySeries, playedTurns: number): { point: Point; turn: number }[] {
  return series.points.flatMap((point) => {
    const turn = yearEndTurn(scenario, point.year);
    return turn !== null && turn <= playedTurns ? [{ point, turn }] : [];
  });
}

function cocaTable(scenario: Scenario, series: HistorySeries, states: readonly GameState[], reference: { name: string; states: readonly GameState[] } | null): HTMLElement | null {
  const rows = playedPoints(scenario, series, states.length - 1);
  if (rows.length === 0) return null;
  const referenceCell = (turn: number) => {
    const state = reference?.states[turn];
    return state ? h('td', { class: 'num', 'data-reference': String(coca(scenario, state)) }, num(Math.round(coca(scenario, state)))) : h('td', { class: 'num' }, '–');
  };
  return h(
    'table',
    { class: 'record-table', 'data-testid': 'record-coca', 'data-series': series.id },
    h('caption', {}, reference ? t.record.cocaCaption(reference.name) : t.record.cocaCaptionAlone),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t.record.year),
        h('th', { scope: 'col', class: 'num' }, t.record.published),
        h('th', { scope: 'col', class: 'num' }, t.endScreen.yourGame),
        reference ? h('th', { scope: 'col', class: 'num' }, reference.name) : null,
        h('th', { scope: 'col' }, t.record.source),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map(({ point, turn }) =>
        h(
          'tr',
          { 'data-year': String(point.year), 'data-turn': String(turn) },
          h('th', { scope: 'row' }, turn === 0 ? t.record.atStart(point.year) : String(point.year)),
          recordCell(point),
          h('td', { class: 'num', 'data-yours': String(coca(scenario, states[turn]!)) }, num(Math.round(coca(scenario, states[turn]!)))),
          reference ? referenceCell(turn) : null,
          h('td', { class: 'source' }, sourceOf(scenario, point.source)),
        ),
      ),
    ),
  );
}

function armedGroupTable(scenario: Scenario, series: HistorySeries): HTMLElement | null {
  const rows = series.points.filter((point) => yearEndTurn(scenario, point.year) !== null);
  if (rows.length === 0) return null;
  return h(
    'table',
    { class: 'record-table', 'data-testid': 'record-armed-group', 'data-series': series.id },
    h('caption', {}, t.record.armedGroupCaption(scenario.clan.name)),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.record.year), h('th', { scope: 'col', class: 'num' }, t.record.fighters), h('th', { scope: 'col' }, t.record.source))),
    h('tbody', {}, ...rows.map((point) => h('tr', { 'data-year': String(point.year) }, h('th', { scope: 'row' }, String(point.year)), recordCell(point), h('td', { class: 'source' }, sourceOf(scenario, point.source))))),
  );
}

/**
 * The section, or null for a scenario without a record (or whose record falls outside the game).
 * `states` are the player's, from the start; `reference` the reference path's, when it could be played.
 */
export function recordSection(scenario: Scenario, states: readonly GameState[], reference: { name: string; states: readonly GameState[] } | null): HTMLElement | null {
  const tables = scenario.history.map((series) => (series.measure === 'cocaHectares' ? cocaTable(scenario, series, states, reference) : armedGroupTable(scenario, series)));
  const shownTables = tables.filter((table): table is HTMLElement => table !== null);
  if (shownTables.length === 0) return null;
  const unchecked = shownTables.some((table) => table.querySelector('[data-checked=false]'));
  return h(
    'section',
    { class: 'panel end-record', 'aria-labelledby': 'record-heading', 'data-testid': 'record' },
    h('h2', { id: 'record-heading' }, t.record.heading),
    h('p', { class: 'muted' }, t.record.note),
    h('div', { class: 'record-tables' }, ...shownTables),
    unchecked ? h('p', { class: 'muted' }, t.record.uncheckedNote) : null,
  );
}
