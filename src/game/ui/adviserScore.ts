/** At the end: whose advice the outcome bore out, from src/analysis/advisers.ts. */
import { isBetter, scoreAdvisers, INTEREST } from '../../analysis/advisers.ts';
import type { Session } from '../session.ts';
import { t } from '../strings/index.ts';
import { h } from './dom.ts';
import { fmt } from './format.ts';

export function renderAdviserScore(session: Session): HTMLElement {
  const scores = scoreAdvisers(session.scenario, session.history, session.decisionLog, session.heeded);
  return h(
    'section',
    { class: 'panel adviser-score no-print', 'aria-labelledby': 'adviser-score-heading', 'data-testid': 'adviser-score' },
    h('h2', { id: 'adviser-score-heading' }, t.advisers.score.heading),
    h(
      'ul',
      {},
      ...scores.map((s) => {
        const who = t.advisers.people[s.adviser];
        const metric = INTEREST[s.adviser];
        const change = metric === 'cocaHectares' ? fmt.signed(s.overall, 0) : fmt.signed(s.overall);
        return h(
          'li',
          { 'data-adviser': s.adviser },
          h('strong', {}, who.name),
          ` (${who.role}): ${t.advisers.score.line(s.heeded, s.followed, s.boreOut)} `,
          t.advisers.score.overall(t.advisers.score.figure[metric] ?? metric, change, isBetter(s.adviser, s.overall)),
        );
      }),
    ),
  );
}
