/**
 * The advisers: each one's line this quarter, and the choice of whom to heed (one radio group,
 * so a single Tab stop; arrow keys choose). Who they are and what they say is the scenario's
 * (shown in the player's language); which line each says comes from src/analysis/advisers.ts.
 * A line that states a fact carries its evidence grade; a scenario without advisers hides the panel.
 */
import type { Advice } from '../../analysis/advisers.ts';
import { evidenceFor } from '../../analysis/why.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { t } from '../strings/index.ts';
import { h } from './dom.ts';
import { evidenceTag } from './whyView.ts';

export interface AdvisersPanel {
  readonly element: HTMLElement;
  /** Shows the advice given before turn `played + 1`; the choice resets only when the turn changes. */
  update(played: number, advice: readonly Advice[]): void;
  heeded(): string | null;
}

export function createAdvisersPanel(scenario: Scenario): AdvisersPanel {
  const list = h('div', { class: 'adviser-list', role: 'radiogroup', 'aria-labelledby': 'advisers-heed' });
  const element = h(
    'section',
    { class: 'ui panel advisers', 'aria-labelledby': 'advisers-heading', 'data-testid': 'advisers', hidden: scenario.advisers.length === 0 },
    h('div', { class: 'advisers-head' }, h('h2', { id: 'advisers-heading' }, t.advisers.heading), h('span', { id: 'advisers-heed', class: 'small muted' }, t.advisers.heed)),
    list,
  );
  let choice: string | null = null;
  let shownFor = -1;

  const option = (value: string, checked: boolean, ...label: (Node | string | null)[]) => {
    const input = h('input', { type: 'radio', name: 'heed', value, checked, 'data-testid': `heed-${value}` });
    input.addEventListener('change', () => {
      if (input.checked) choice = value === 'nobody' ? null : value;
    });
    return h('label', { class: 'adviser' }, input, h('span', {}, ...label));
  };

  // A line that states a fact carries its grade and source, as the turn's report writes them: "(stated · Zech 2014, endnote 38)".
  const grade = (id: string | undefined) => {
    const evidence = id === undefined ? null : evidenceFor(scenario, id);
    return evidence ? h('span', { class: 'small muted', 'data-testid': 'line-evidence', title: evidence.paraphrase }, ` (${evidenceTag(scenario, evidence)})`) : null;
  };

  return {
    element,
    update(played, advice) {
      // A new quarter: nobody heeded until the student chooses.
      if (played !== shownFor) choice = null;
      shownFor = played;
      list.replaceChildren(
        ...advice.map((a) => {
          const who = scenario.advisers.find((p) => p.id === a.adviser)!;
          return option(
            a.adviser,
            choice === a.adviser,
            h('strong', {}, who.name),
            h('span', { class: 'muted' }, `, ${who.role}: `),
            h('span', { 'data-testid': `advice-${a.adviser}`, 'data-line': a.line.id }, `“${a.line.text}”`),
            grade(a.line.evidence),
          );
        }),
        option('nobody', choice === null, t.advisers.nobody),
      );
    },
    heeded: () => choice,
  };
}
