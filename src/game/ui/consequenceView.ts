/**
 * The most consequential decisions of a run, as a list a student can read aloud: when, what was
 * decided, and what it did to each criterion by the end (in words, "better" or "worse", never
 * by colour alone). Shared by the end screen and the debrief; the analysis itself is pure and
 * lives in src/analysis/consequences.ts.
 */
import type { ConsequenceAnalysis, DecisionChange } from '../../analysis/consequences.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { t } from '../strings/index.ts';
import { dateAfter } from './chartAxes.ts';
import { h } from './dom.ts';
import { fmt } from './format.ts';

/** Effects smaller than this share of a criterion's fair band are not worth a student's attention. */
const NOTABLE = 0.05;

function formatEffect(measure: string, effect: number): string {
  if (measure.endsWith('Percent')) return `${fmt.signed(effect)} pts`;
  if (measure === 'humanRightsIncidents') return fmt.signed(effect, 0);
  return fmt.signed(effect);
}

export function describeDecision(scenario: Scenario, decision: DecisionChange): string {
  switch (decision.kind) {
    case 'lever': {
      const lever = scenario.levers.find((l) => l.id === decision.lever)!;
      const moved = (decision.to > decision.from ? t.consequences.raised : t.consequences.lowered)(lever.label, fmt.money(decision.from), fmt.money(decision.to), lever.unit);
      const held = decision.until >= scenario.calendar.turns ? t.consequences.keptUntilEnd : t.consequences.keptFor(decision.until - decision.turn + 1);
      return `${moved} ${held}`;
    }
    case 'choice': {
      const event = scenario.events.find((e) => e.id === decision.eventId);
      const label = (id: string) => event?.choice?.options.find((o) => o.id === id)?.label ?? id;
      const where = decision.community ? scenario.communities.find((c) => c.id === decision.community)?.name : null;
      return t.consequences.answered(where ? `${event?.title ?? decision.eventId} (${where})` : (event?.title ?? decision.eventId), label(decision.taken), label(decision.alternative));
    }
    case 'allocation':
      return t.consequences.shared;
  }
}

/** A mechanism as what it did, in plain words ("eradication cut families' income …"), or the event by its title. */
export function channelWords(scenario: Scenario, mechanism: string): string {
  if (mechanism.startsWith('event:')) return t.consequences.throughEvent(scenario.events.find((e) => e.id === mechanism.slice(6))?.title ?? mechanism.slice(6));
  return t.consequences.channel[mechanism] ?? mechanism;
}

export function consequenceList(scenario: Scenario, analysis: ConsequenceAnalysis, count: number): HTMLElement {
  if (analysis.ranked.length === 0 && analysis.refused.length === 0) return h('p', { class: 'muted' }, t.consequences.none);
  const items = analysis.ranked.slice(0, count).map((c) => {
    const { year, quarter } = dateAfter(scenario.calendar, c.decision.turn - 1);
    const notable = c.effects.filter((e) => Math.abs(e.gain) >= NOTABLE).sort((a, b) => Math.abs(b.gain) - Math.abs(a.gain));
    return h(
      'li',
      { 'data-kind': c.decision.kind, 'data-turn': c.decision.turn },
      h('strong', {}, `${t.consequences.when(c.decision.turn, t.chartAxes.quarter(year, quarter))}: `),
      describeDecision(scenario, c.decision),
      h(
        'ul',
        { class: 'effects' },
        ...(notable.length
          ? notable.map((e) => {
              // The label in the player's language: the analysis ran on the scenario as filed.
              const label = scenario.assessment.find((c) => c.id === e.id)?.label ?? e.label;
              return h('li', { class: e.gain > 0 ? 'better' : 'worse', 'data-criterion': e.id }, `${e.gain > 0 ? '▲' : '▼'} ${t.consequences.effect(label, formatEffect(e.measure, e.effect), e.gain > 0)}`);
            })
          : [h('li', { class: 'muted' }, t.consequences.negligible)]),
      ),
      c.channels?.length ? h('p', { class: 'channels', 'data-testid': 'channels' }, t.consequences.through(channelWords(scenario, c.channels[0]!), c.channels[1] ? channelWords(scenario, c.channels[1]) : '')) : null,
    );
  });
  return h(
    'div',
    {},
    h('ol', { class: 'consequences', 'data-testid': 'consequence-list' }, ...items),
    analysis.refused.length ? h('p', { class: 'muted small' }, t.consequences.refused(analysis.refused.length)) : null,
  );
}
