/**
 * End: the run's ratings criterion by criterion (no single score), its trajectories beside a
 * reference path on the same seed (what the state historically did, or the status quo), the map
 * at the end, the decisions that mattered most, the published record of those years beside the
 * player's, what really happened in those years, and
 * questions to reflect on. Prints as a one-page report card.
 */
import Phaser from 'phaser';
import { referencePath, type ReferencePath } from '../../analysis/comparison.ts';
import { ownQuestions } from '../../analysis/reflection.ts';
import { timelineOf } from '../../analysis/timeline.ts';
import { assess, summarizeRegion, type RegionSummary } from '../../engine/index.ts';
import { policyTexts, type PolicyTexts } from '../../policy/texts.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { bus } from '../bus.ts';
import { requestConsequences, SHOWN_DECISIONS } from '../consequences/client.ts';
import { referencePolicy } from '../referencePolicy.ts';
import { shown } from '../shownScenario.ts';
import { browserStore, clearSave } from '../save.ts';
import type { Session } from '../session.ts';
import { locale, t } from '../strings/index.ts';
import { h } from '../ui/dom.ts';
import { downloadReplay } from '../ui/download.ts';
import { renderAdviserScore } from '../ui/adviserScore.ts';
import { consequenceList } from '../ui/consequenceView.ts';
import { formatCriterion } from '../ui/format.ts';
import { glossaryButton } from '../ui/glossary.ts';
import { chartLegend, fittedChart, lineChart, type ChartSeries } from '../ui/lineChart.ts';
import { miniMap, showsFigures } from '../ui/miniMap.ts';
import { renderOnDemand } from '../ui/renderOnDemand.ts';
import { outcomesInWorkers } from '../ui/analysisWorker.ts';
import { seedLuck } from '../../analysis/luck.ts';
import { screenLayer } from '../ui/screenLayer.ts';
import { recordSection } from '../ui/recordTable.ts';
import { timelineList } from '../ui/timelineView.ts';
import '../ui/screens.css';

const METRICS = [
  { key: 'meanTrust', label: () => t.play.charts.trust },
  { key: 'meanSecurity', label: () => t.play.charts.security },
  { key: 'cocaHectares', label: () => t.play.charts.coca },
  { key: 'meanInsurgentInfluence', label: () => t.play.charts.influence },
] as const satisfies readonly { key: keyof RegionSummary; label: () => string }[];

/** Other seeds the player's decisions are played on to place their own seed's luck. */
const LUCK_SEEDS = 100;

export class EndScene extends Phaser.Scene {
  constructor() {
    super('End');
  }

  create(): void {
    const session = bus.session;
    if (!session) {
      this.scene.start('Title');
      return;
    }
    const redraw = renderOnDemand(this);
    // Texts in the player's language; the simulations run on the session's own scenario.
    const scenario = shown(session.scenario);
    const reference = referencePath(session.scenario, referencePolicy(session.scenario), session.seed, session.state.turn);

    const download = h('button', { 'data-testid': 'download-replay' }, t.end.downloadReplay);
    download.addEventListener('click', () => downloadReplay(session));
    const print = h('button', { 'data-testid': 'print-report' }, t.endScreen.print);
    print.addEventListener('click', () => window.print());
    const again = h('button', { class: 'primary', 'data-testid': 'new-game' }, t.end.newGame);
    again.addEventListener('click', () => {
      clearSave(browserStore(), session);
      redraw.wake();
      this.scene.start('Title');
    });
    const consequences = h('section', { class: 'panel end-consequences', 'aria-labelledby': 'consequences-heading', 'data-testid': 'consequences', 'aria-busy': 'true' });
    screenLayer(
      this,
      'end-screen',
      h(
        'header',
        { class: 'end-header' },
        h('div', {}, h('h1', {}, t.end.heading), h('p', { class: 'muted' }, `${scenario.title} · ${t.endScreen.who(session.player, session.seed)}`), h('p', { class: 'muted no-print' }, t.end.subheading)),
        h('div', { class: 'actions no-print' }, again, download, print, glossaryButton(() => session.scenario)),
      ),
      h(
        'div',
        { class: 'end-grid' },
        h('div', { class: 'end-main' }, this.ratings(scenario, session, reference), this.trajectories(scenario, session, reference)),
        h('div', { class: 'end-side' }, this.endMap(scenario, session), consequences, renderAdviserScore(session, scenario)),
      ),
      recordSection(scenario, session.history, reference.ok ? { name: referenceTexts(reference).name, states: reference.states } : null),
      this.timeline(scenario),
      this.questions(scenario, session),
    );
    void this.showConsequences(scenario, session, consequences);
    void this.showLuck(scenario, session);
    bus.enterScene('End');
    again.focus();
  }

  private ratings(scenario: Scenario, session: Session, reference: ReferencePath): HTMLElement {
    const results = assess(scenario, session.state);
    const theirs = reference.ok ? new Map(reference.assessment.map((c) => [c.id, c])) : null;
    const { name } = referenceTexts(reference);
    return h(
      'section',
      { 'aria-labelledby': 'ratings-heading' },
      h('h2', { id: 'ratings-heading' }, t.endScreen.ratings),
      h(
        'div',
        { class: 'criteria' },
        ...results.map((r) => {
          const other = theirs?.get(r.id);
          return h(
            'div',
            { class: 'panel criterion', 'data-testid': `criterion-${r.id}` },
            h('h3', {}, r.label),
            h('div', { class: 'value', 'data-testid': `criterion-${r.id}-value` }, formatCriterion(r.measure, r.value)),
            h('span', { class: `rating ${r.rating}`, 'data-testid': `criterion-${r.id}-rating` }, t.end.rating[r.rating]),
            other && reference.ok
              ? h('p', { class: 'reference-value', 'data-testid': `criterion-${r.id}-reference` }, `${t.endScreen.reference(name)}: ${formatCriterion(other.measure, other.value)} (${t.end.rating[other.rating]})`)
              : null,
            h('p', { class: 'luck', 'data-testid': `criterion-${r.id}-luck` }),
            h('p', { class: 'muted description' }, r.description),
          );
        }),
      ),
      h('p', { class: 'muted', role: 'status', 'data-testid': 'luck-note' }, t.luck.computing),
    );
  }

  /**
   * How lucky the player's seed was: the same decisions played on LUCK_SEEDS other seeds in the
   * analysis workers, and where the player's own outcome sits among them, criterion by criterion.
   */
  private async showLuck(scenario: Scenario, session: Session): Promise<void> {
    const seeds = Array.from({ length: LUCK_SEEDS }, (_, i) => `luck-${i}`);
    const outcomes = await outcomesInWorkers(session.scenario, session.decisionLog, seeds);
    if (!this.sys.isActive()) return;
    for (const r of assess(scenario, session.state)) {
      const luck = seedLuck(outcomes[r.id] ?? [], r.value, scenario.assessment.find((c) => c.id === r.id)!.better);
      const line = document.querySelector<HTMLElement>(`[data-testid=criterion-${r.id}-luck]`);
      if (!line) continue;
      line.dataset.luckier = String(luck.luckier);
      line.classList.toggle('flagged', luck.verdict !== 'typical');
      line.textContent = [t.luck.ofSeeds(luck.luckier, luck.of), luck.verdict === 'typical' ? '' : t.luck.verdict[luck.verdict]].filter((x) => x).join(': ') + '.';
    }
    const note = document.querySelector<HTMLElement>('[data-testid=luck-note]');
    if (note) note.textContent = t.luck.note;
  }

  private trajectories(scenario: Scenario, session: Session, reference: ReferencePath): HTMLElement {
    const yours = session.history.map((s) => summarizeRegion(scenario, s));
    const theirs = reference.ok ? reference.states.map((s) => summarizeRegion(scenario, s)) : [];
    const { name, description } = referenceTexts(reference);
    const charts = METRICS.map((metric) => {
      const series: ChartSeries[] = [{ label: t.endScreen.yourGame, values: yours.map((r) => r[metric.key]), colour: '#f0e442', width: 3, className: 'you' }];
      if (reference.ok) series.push({ label: name, values: theirs.map((r) => r[metric.key]), colour: '#9aa8b5', width: 2, dash: '6 4', className: 'reference' });
      return h(
        'figure',
        { class: 'end-chart', 'data-metric': metric.key },
        h('figcaption', {}, metric.label()),
        fittedChart((width, fontSize) => lineChart({
          title: t.endScreen.chartTitle(metric.label(), name),
          calendar: scenario.calendar,
          turns: scenario.calendar.turns,
          quarterLabel: t.chartAxes.quarter,
          series,
          fit: true,
          width,
          height: Math.round(fontSize * 11),
          endLabels: 0,
          fontSize,
        })),
      );
    });
    const legendSeries: ChartSeries[] = [{ label: t.endScreen.yourGame, values: [], colour: '#f0e442', width: 3, className: 'you' }];
    if (reference.ok) legendSeries.push({ label: t.endScreen.reference(name), values: [], colour: '#9aa8b5', dash: '6 4', className: 'reference' });
    return h(
      'section',
      { class: 'end-trajectories', 'aria-labelledby': 'trajectories-heading', 'data-testid': 'trajectories' },
      h('h2', { id: 'trajectories-heading' }, reference.ok ? t.endScreen.referenceHeading(name) : t.endScreen.yourGame),
      h('p', { class: 'muted', 'data-testid': 'reference-note' }, reference.ok ? t.endScreen.referenceNote(description) : t.endScreen.noReference(reference.reason)),
      chartLegend(legendSeries),
      h('div', { class: 'end-charts' }, ...charts),
    );
  }

  /** The questions the player's own game raises first, then the scenario's questions for the whole class. */
  private questions(scenario: Scenario, session: Session): HTMLElement {
    const own = ownQuestions(session.scenario, session.decisionLog);
    const all = h('ol', { 'data-testid': 'prompts-all' }, ...scenario.debriefPrompts.map((p) => h('li', {}, p)));
    return h(
      'section',
      { class: 'panel prompts', 'aria-labelledby': 'prompts-heading' },
      h('h2', { id: 'prompts-heading' }, t.end.reflection),
      own.length ? h('h3', {}, t.end.fromYourGame) : null,
      own.length ? h('ol', { 'data-testid': 'prompts-own' }, ...own.map((key) => h('li', { 'data-question': key }, t.end.own[key]))) : null,
      own.length ? h('h3', {}, t.end.forEveryone) : null,
      all,
    );
  }

  private endMap(scenario: Scenario, session: Session): HTMLElement {
    const note = h('p', { class: 'muted', 'data-testid': 'map-note' }, t.endScreen.mapNoteHalo);
    return h(
      'section',
      { class: 'panel end-map', 'aria-labelledby': 'map-heading' },
      h('h2', { id: 'map-heading' }, t.endScreen.mapHeading),
      fittedChart((width) => {
        // The key to T and S only where the map has room to show them.
        note.textContent = showsFigures(width) ? t.endScreen.mapNote : t.endScreen.mapNoteHalo;
        return miniMap(scenario, session.state, width);
      }),
      note,
    );
  }

  private timeline(scenario: Scenario): HTMLElement | null {
    const items = timelineOf(scenario);
    if (items.length === 0) return null;
    return h('section', { class: 'panel end-timeline', 'aria-labelledby': 'timeline-heading', 'data-testid': 'timeline' }, h('h2', { id: 'timeline-heading' }, t.endScreen.timeline), h('p', { class: 'muted' }, t.endScreen.timelineNote), timelineList(items));
  }

  /** The analysis runs in a worker; the section says so until it answers. */
  private async showConsequences(scenario: Scenario, session: Session, box: HTMLElement): Promise<void> {
    const heading = h('h2', { id: 'consequences-heading' }, t.consequences.heading);
    box.replaceChildren(heading, h('p', { class: 'muted', role: 'status' }, t.consequences.computing));
    try {
      const result = await requestConsequences({ scenario: session.scenario, seed: session.seed, decisions: session.decisionLog });
      box.replaceChildren(
        heading,
        h('p', { class: 'muted' }, t.consequences.intro),
        consequenceList(scenario, result.analysis, SHOWN_DECISIONS),
        h('p', { class: 'muted small no-print', 'data-testid': 'consequence-timing', 'data-compute-ms': result.computeMs.toFixed(1), 'data-total-ms': result.totalMs.toFixed(1), 'data-where': result.where }, t.consequences.timing(result.analysis.ranked.length + result.analysis.refused.length, Math.round(result.computeMs))),
      );
    } catch (error) {
      box.replaceChildren(heading, h('p', { role: 'alert' }, t.consequences.failed(error instanceof Error ? error.message : String(error))));
    }
    box.setAttribute('aria-busy', 'false');
  }
}

/** The reference policy's name and description in the player's language (empty when it could not be played). */
function referenceTexts(reference: ReferencePath): PolicyTexts {
  return reference.ok ? policyTexts(reference.policy, locale()) : { name: '', description: '' };
}
