/**
 * The advisers: each one's line this quarter, and the choice of whom to heed (one radio group,
 * so a single Tab stop; arrow keys choose). The lines come from src/analysis/advisers.ts.
 */
import type { Advice, AdviserId } from '../../analysis/advisers.ts';
import { t } from '../strings/index.ts';
import { h } from './dom.ts';
import { fmt } from './format.ts';

export interface AdvisersPanel {
  readonly element: HTMLElement;
  /** Shows the advice given before turn `played + 1`; the choice resets only when the turn changes. */
  update(played: number, advice: readonly Advice[]): void;
  heeded(): AdviserId | null;
}

export function createAdvisersPanel(): AdvisersPanel {
  const list = h('div', { class: 'adviser-list', role: 'radiogroup', 'aria-labelledby': 'advisers-heed' });
  const element = h(
    'section',
    { class: 'ui panel advisers', 'aria-labelledby': 'advisers-heading', 'data-testid': 'advisers' },
    h('div', { class: 'advisers-head' }, h('h2', { id: 'advisers-heading' }, t.advisers.heading), h('span', { id: 'advisers-heed', class: 'small muted' }, t.advisers.heed)),
    list,
  );
  let choice: AdviserId | null = null;
  let shownFor = -1;

  const option = (value: string, checked: boolean, ...label: (Node | string)[]) => {
    const input = h('input', { type: 'radio', name: 'heed', value, checked, 'data-testid': `heed-${value}` });
    input.addEventListener('change', () => {
      if (input.checked) choice = value === 'nobody' ? null : (value as AdviserId);
    });
    return h('label', { class: 'adviser' }, input, h('span', {}, ...label));
  };

  return {
    element,
    update(played, advice) {
      // A new quarter: nobody heeded until the student chooses.
      if (played !== shownFor) choice = null;
      shownFor = played;
      list.replaceChildren(
        ...advice.map((a) => {
          const who = t.advisers.people[a.adviser];
          const says = t.advisers.says[a.reading];
          return option(a.adviser, choice === a.adviser, h('strong', {}, who.name), h('span', { class: 'muted' }, `, ${who.role}: `), h('span', { 'data-testid': `advice-${a.adviser}` }, `“${says ? says(fmt.whole(a.figure)) : ''}”`));
        }),
        option('nobody', choice === null, t.advisers.nobody),
      );
    },
    heeded: () => choice,
  };
}
