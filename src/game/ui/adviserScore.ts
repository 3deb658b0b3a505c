/**
 * At the end: whose predictions held, from src/analysis/advisers.ts. One count per adviser (of
 * the predictions the player put to the test by following the advice: held, failed, too late to
 * judge), a verdict drawn from the same count, and one example of each outcome, so the record
 * can be checked against what was said and never says two things at once.
 */
import { scoreAdvisers, verdictOf, type Judged } from '../../analysis/advisers.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { Session } from '../session.ts';
import { t } from '../strings/index.ts';
import { dateAfter } from './chartAxes.ts';
import { h } from './dom.ts';

export function renderAdviserScore(session: Session, scenario: Scenario): HTMLElement {
  const records = scoreAdvisers(scenario, session.history, session.decisionLog, session.heeded);
  const when = (judged: Judged) => {
    // The advice was given before turn `judged.turn`, on the state after turn − 1.
    const date = dateAfter(scenario.calendar, judged.turn - 1);
    return t.play.quarter(date.year, date.quarter);
  };
  const example = (judged: Judged | undefined, kind: 'held' | 'failed') =>
    judged ? h('li', { class: 'small', 'data-verdict': kind }, t.advisers.score.example[kind](`“${judged.advice.line.text}”`, when(judged))) : null;
  return h(
    'section',
    { class: 'panel adviser-score no-print', 'aria-labelledby': 'adviser-score-heading', 'data-testid': 'adviser-score', hidden: scenario.advisers.length === 0 },
    h('h2', { id: 'adviser-score-heading' }, t.advisers.score.heading),
    h('p', { class: 'muted small' }, t.advisers.score.intro),
    h(
      'ul',
      {},
      ...records.map((record) => {
        const who = scenario.advisers.find((a) => a.id === record.adviser)!;
        const examples = [example(record.judged.find((j) => j.verdict === 'held'), 'held'), example(record.judged.find((j) => j.verdict === 'failed'), 'failed')].filter((e) => e !== null);
        return h(
          'li',
          { 'data-adviser': record.adviser, 'data-held': record.held, 'data-failed': record.failed, 'data-open': record.open },
          h('strong', {}, who.name),
          ` (${who.role}): `,
          t.advisers.score.line(record.heeded, record.judged.length, record.held, record.failed, record.open),
          ' ',
          h('em', {}, t.advisers.score.verdict[verdictOf(record)]),
          examples.length > 0 ? h('ul', {}, ...examples) : null,
        );
      }),
    ),
  );
}
