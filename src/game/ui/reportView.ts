/**
 * "What changed and why": the turn's attributed deltas grouped by mechanism (or event) and
 * community, biggest first, each group with the evidence it rests on and its source.
 */
import type { Delta, TurnReport } from '../../engine/index.ts';
import { toDisplay } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { weight } from '../../analysis/why.ts';
import { t } from '../strings/index.ts';
import { h } from './dom.ts';
import { fmt } from './format.ts';
import { INDEX_LIKE, mechanismLabel, tone } from './whyView.ts';

interface Line {
  readonly community: string | null;
  readonly metric: Delta['metric'];
  readonly amount: number;
}

interface Group {
  readonly mechanism: string;
  readonly evidence: string;
  readonly lines: Line[];
}

/** Groups and sums a report's deltas, biggest first. Exported for tests. */
export function groupDeltas(deltas: readonly Delta[]): Group[] {
  const groups = new Map<string, { evidence: string; lines: Map<string, Line> }>();
  for (const d of deltas) {
    const group = groups.get(d.mechanism) ?? { evidence: d.evidence, lines: new Map<string, Line>() };
    const key = `${d.community}|${d.metric}`;
    const previous = group.lines.get(key);
    group.lines.set(key, { community: d.community, metric: d.metric, amount: (previous?.amount ?? 0) + toDisplay(d.metric, d.amount) });
    groups.set(d.mechanism, group);
  }
  return [...groups.entries()]
    .map(([mechanism, g]) => ({
      mechanism,
      evidence: g.evidence,
      lines: [...g.lines.values()].filter((l) => Math.abs(l.amount) >= 0.05).sort((a, b) => weight(b) - weight(a)),
    }))
    .filter((g) => g.lines.length > 0)
    .sort((a, b) => weight(b.lines[0]!) - weight(a.lines[0]!));
}

export function renderReport(scenario: Scenario, report: TurnReport | undefined, maxLinesPerGroup = 6): HTMLElement {
  if (!report) return h('p', { class: 'muted' }, t.play.noReportYet);
  const names = new Map(scenario.communities.map((c) => [c.id, c.name]));
  const sources = new Map(scenario.sources.map((s) => [s.id, s]));
  const body = h('div', { 'data-testid': 'report' }, h('h2', {}, t.report.heading(report.turn)));
  for (const group of groupDeltas(report.deltas)) {
    const note = scenario.evidence.find((e) => e.id === group.evidence);
    const source = note ? sources.get(note.source) : undefined;
    const shown = group.lines.slice(0, maxLinesPerGroup);
    body.append(
      h(
        'div',
        { class: 'report-group', 'data-mechanism': group.mechanism },
        h('h3', {}, mechanismLabel(scenario, group.mechanism)),
        note ? h('p', { class: 'evidence' }, note.paraphrase, source ? ` — ${source.author}, “${source.title}”, ${note.locator}.` : '') : null,
        ...shown.map((line) =>
          h(
            'div',
            { class: 'report-line' },
            h('span', {}, `${line.community === null ? t.report.region : (names.get(line.community) ?? line.community)}: ${t.metric[line.metric]}`),
            h('span', { class: `amount ${tone(line)}` }, `${line.amount > 0 ? '▲' : '▼'} ${fmt.signed(line.amount, INDEX_LIKE.has(line.metric) ? 1 : 0)}`),
          ),
        ),
        group.lines.length > shown.length ? h('div', { class: 'small muted' }, t.report.more(group.lines.length - shown.length)) : null,
      ),
    );
  }
  return body;
}
