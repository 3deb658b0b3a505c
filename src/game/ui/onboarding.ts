/**
 * Onboarding for a first game: a short briefing (the scenario's own pages on its place and
 * people, or a generic one built from its fields; then the player's role and each lever with
 * its price) and then a guided tour that points at each part of the play screen in
 * turn. Both can be skipped at any step and reopened from Help.
 */
import type { Scenario } from '../../scenario/schema.ts';
import { briefingPages } from '../briefing.ts';
import { t } from '../strings/index.ts';
import { createDialog, type Dialog } from './dialog.ts';
import { h } from './dom.ts';
import { fmt } from './format.ts';

/** Set once a player has been through (or skipped) the briefing, so it opens by itself only once. */
export const ONBOARDED_KEY = 'between-two-fires.onboarded';

/** The parts of the play screen the tour points at, in the order it visits them. */
export const TOUR = ['map', 'advisers', 'levers', 'budget', 'end-turn', 'report', 'help'] as const;
export type TourTarget = (typeof TOUR)[number];

export interface Onboarding {
  /** Opens the briefing at its first page; `done` runs when it and any tour are over. */
  start(): void;
  readonly active: boolean;
  /** Ends whatever is showing (the scene is leaving). */
  dispose(): void;
}

export function createOnboarding(scenario: Scenario, targets: () => Partial<Record<TourTarget, HTMLElement>>, done: () => void): Onboarding {
  let dialog: Dialog | null = null;
  let tourCard: HTMLElement | null = null;
  let highlighted: HTMLElement | null = null;
  let active = false;

  const finish = () => {
    active = false;
    endTour();
    try {
      window.localStorage.setItem(ONBOARDED_KEY, '1');
    } catch {
      // Storage may be off (private mode): the briefing then opens again next game, which is harmless.
    }
    done();
  };

  const leverList = () =>
    h(
      'dl',
      { class: 'lever-prices' },
      ...scenario.levers.flatMap((lever) => [
        h('dt', {}, lever.label, h('span', { class: 'muted' }, ` — ${t.onboarding.leverCost(`${fmt.money(lever.costPerUnit * lever.max)} ${scenario.budget.currency}`)}`)),
        h('dd', {}, t.onboarding.leverPrice[lever.id] ?? lever.description),
      ]),
    );

  const showPage = (index: number) => {
    dialog ??= createDialog('briefing-dialog', () => {
      if (active && tourCard === null) finish();
    });
    const pages = briefingPages(scenario);
    const page = pages[index]!;
    const last = index === pages.length - 1;
    const heading = h('h2', { id: 'briefing-title', tabindex: -1 }, page.heading);
    const next = h('button', { class: 'primary', 'data-testid': last ? 'start-tour' : 'briefing-next' }, last ? t.onboarding.startTour : t.onboarding.next);
    next.addEventListener('click', () => (last ? startTour() : showPage(index + 1)));
    const back = h('button', { 'data-testid': 'briefing-back', disabled: index === 0 }, t.onboarding.back);
    back.addEventListener('click', () => showPage(index - 1));
    const skip = h('button', { 'data-testid': 'skip-briefing' }, t.onboarding.skip);
    skip.addEventListener('click', () => dialog?.close());
    const content = h(
      'div',
      { class: 'reading', 'data-testid': 'briefing-page' },
      h('p', { class: 'muted' }, t.onboarding.pageOf(index + 1, pages.length)),
      heading,
      ...page.paragraphs.map((p) => h('p', {}, p)),
      last ? leverList() : null,
      last
        ? h('div', { class: 'keys' }, h('h3', {}, t.onboarding.keys.heading), h('ul', {}, ...Object.entries(t.onboarding.keys).filter(([k]) => k !== 'heading').map(([, text]) => h('li', {}, text))))
        : null,
      h('div', { class: 'actions' }, next, back, skip),
    );
    dialog.show(content, 'briefing-title', heading);
  };

  const endTour = () => {
    highlighted?.classList.remove('tour-target');
    highlighted = null;
    tourCard?.remove();
    tourCard = null;
  };

  const showStep = (index: number) => {
    const key = TOUR[index];
    endTour();
    if (!key) return finish();
    const step = t.onboarding.tour.steps[key];
    const target = targets()[key];
    if (!target) return showStep(index + 1);
    highlighted = target;
    target.classList.add('tour-target');
    const last = index === TOUR.length - 1;
    const heading = h('h2', { id: 'tour-title', tabindex: -1 }, step.heading);
    const next = h('button', { class: 'primary', 'data-testid': 'tour-next' }, last ? t.onboarding.tour.finish : t.onboarding.next);
    next.addEventListener('click', () => showStep(index + 1));
    const back = h('button', { 'data-testid': 'tour-back', disabled: index === 0 }, t.onboarding.back);
    back.addEventListener('click', () => showStep(index - 1));
    const skip = h('button', { 'data-testid': 'skip-tour' }, t.onboarding.tour.skip);
    skip.addEventListener('click', finish);
    const card = h(
      'div',
      { class: 'ui panel tour-card reading', role: 'dialog', 'aria-labelledby': 'tour-title', 'aria-describedby': 'tour-text', 'data-testid': 'tour', 'data-step': key },
      h('p', { class: 'muted' }, `${t.onboarding.tour.label} · ${t.onboarding.tour.stepOf(index + 1, TOUR.length)}`),
      heading,
      h('p', { id: 'tour-text' }, step.text),
      h('div', { class: 'actions' }, next, back, skip),
    );
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        finish();
      }
    });
    document.body.append(card);
    tourCard = card;
    place(card, target.getBoundingClientRect());
    heading.focus();
  };

  const startTour = () => {
    // The briefing closes without finishing: the tour takes over.
    const briefing = dialog;
    tourCard = h('div');
    briefing?.close();
    showStep(0);
  };

  return {
    start() {
      active = true;
      showPage(0);
    },
    get active() {
      return active;
    },
    dispose() {
      active = false;
      endTour();
      dialog?.remove();
      dialog = null;
    },
  };
}

/** Puts the card beside the target (right, left, below or above, whichever fits), inside the window. */
function place(card: HTMLElement, target: DOMRect): void {
  const margin = 12;
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  let left: number;
  let top: number;
  if (target.right + margin + width <= vw) {
    left = target.right + margin;
    top = target.top;
  } else if (target.left - margin - width >= 0) {
    left = target.left - margin - width;
    top = target.top;
  } else if (target.bottom + margin + height <= vh) {
    left = target.left;
    top = target.bottom + margin;
  } else {
    left = target.left;
    top = target.top - margin - height;
  }
  card.style.left = `${Math.max(margin, Math.min(left, vw - width - margin))}px`;
  card.style.top = `${Math.max(margin, Math.min(top, vh - height - margin))}px`;
}
