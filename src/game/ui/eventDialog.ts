/**
 * Event cards as dialogs, one at a time. A choice event offers its options; the answer is kept
 * for the next End turn. Focus moves into the dialog and back out when it closes.
 */
import type { FiredEvent } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { t } from '../strings/index.ts';
import { modalDialog, openModal } from './dialog.ts';
import { h } from './dom.ts';
import { clipWords, countWords } from './wordBudget.ts';

/** The most words an event card shows before its details are opened. */
export const CARD_WORDS = 70;
/** However long the rest of a card, its text keeps at least this many words. */
const MIN_TEXT_WORDS = 12;

export interface EventQueue {
  readonly element: HTMLElement;
  show(events: readonly FiredEvent[], onAnswer: (key: string, optionId: string) => void, onDone: () => void): void;
  readonly open: boolean;
}

export function createEventQueue(scenario: Scenario): EventQueue {
  // One card at a time in the browser's modal <dialog>: over the whole window, the rest inert.
  const dialog = modalDialog({ class: 'ui panel dialog scroll', 'aria-labelledby': 'event-title', 'data-testid': 'event-dialog' });
  let open = false;
  /** What Escape does: nothing while a choice is asked (an answer must be given), Continue otherwise. */
  let onEscape: (() => void) | null = null;
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    onEscape?.();
  });

  const showOne = (queue: FiredEvent[], onAnswer: (key: string, optionId: string) => void, onDone: () => void, returnFocus: Element | null) => {
    const fired = queue.shift();
    if (!fired) {
      open = false;
      onEscape = null;
      dialog.close();
      dialog.hidden = true;
      if (returnFocus instanceof HTMLElement) returnFocus.focus();
      onDone();
      return;
    }
    const event = scenario.events.find((e) => e.id === fired.eventId)!;
    const note = scenario.evidence.find((e) => e.id === event.evidence[0]);
    const where = fired.community === null ? t.event.regionWide : t.event.where(scenario.communities.find((c) => c.id === fired.community)?.name ?? fired.community);
    const next = () => showOne(queue, onAnswer, onDone, returnFocus);
    const key = fired.community === null ? fired.eventId : `${fired.eventId}@${fired.community}`;
    const buttons = event.choice
      ? event.choice.options.map((option) => {
          const button = h('button', { 'data-option': option.id }, h('strong', {}, option.label));
          button.addEventListener('click', () => {
            onAnswer(key, option.id);
            next();
          });
          return button;
        })
      : [h('button', { class: 'primary', 'data-option': 'continue' }, t.event.continue)];
    if (!event.choice) buttons[0]!.addEventListener('click', next);
    // Read in a classroom minute: the card's text gets what the rest of the card leaves of
    // CARD_WORDS; the whole text, what each answer means and the evidence are one tap away.
    const frame = [where, event.title, event.choice?.prompt ?? '', ...(event.choice?.options.map((o) => o.label) ?? [t.event.continue]), event.choice ? t.event.answerNextTurn : '', t.event.more];
    const text = clipWords(event.text, Math.max(MIN_TEXT_WORDS, CARD_WORDS - frame.reduce((n, part) => n + countWords(part), 0)));
    const explained = event.choice?.options.filter((o) => o.text) ?? [];
    const more =
      text.clipped || note || explained.length > 0
        ? h(
            'details',
            { class: 'event-more', 'data-testid': 'event-more' },
            h('summary', {}, t.event.more),
            text.clipped ? h('p', {}, event.text) : null,
            explained.length > 0 ? h('ul', { class: 'option-notes' }, ...explained.map((o) => h('li', {}, h('strong', {}, o.label), ': ', o.text))) : null,
            note ? h('p', { class: 'evidence' }, note.paraphrase, ` (${note.locator})`) : null,
          )
        : null;
    const parts = [
      h('p', { class: 'small muted' }, where),
      h('h2', { id: 'event-title' }, event.title),
      h('p', { 'data-testid': 'event-text' }, text.text),
      event.choice ? h('h3', {}, event.choice.prompt) : null,
      h('div', { class: 'options' }, ...buttons),
      event.choice ? h('p', { class: 'small muted', style: 'margin-top:8px' }, t.event.answerNextTurn) : null,
      more,
    ];
    dialog.replaceChildren(...parts.filter((part) => part !== null));
    // A card with nothing to choose closes with Escape, like Continue; a choice must be made.
    onEscape = event.choice ? null : next;
    open = true;
    openModal(dialog, buttons[0]);
  };

  return {
    element: dialog,
    show(events, onAnswer, onDone) {
      if (events.length === 0) return onDone();
      showOne([...events], onAnswer, onDone, document.activeElement);
    },
    get open() {
      return open;
    },
  };
}
