/**
 * A modal dialog: role and label, focus moved in on open, kept inside while open (Tab wraps),
 * Escape closes, and focus returned to where it was on close. It lives on the page itself,
 * outside the scaled game layer, so its text keeps its real size on a small projector.
 */
import { FOCUSABLE, keepTabInside } from './a11y/modal.ts';
import { h } from './dom.ts';

export interface Dialog {
  readonly open: boolean;
  /** Shows the content; `labelledBy` names the heading's id; focus goes to `focus` or the first control. */
  show(content: HTMLElement, labelledBy: string, focus?: HTMLElement): void;
  close(): void;
  /** Closes and takes the dialog off the page (its screen is leaving). */
  remove(): void;
}

export function createDialog(testId: string, onClose: () => void = () => undefined): Dialog {
  const overlay = h('div', { class: 'ui overlay page-overlay', hidden: true, 'data-testid': testId });
  document.body.append(overlay);
  const box = h('div', { class: 'panel dialog wide scroll', role: 'dialog', 'aria-modal': 'true' });
  overlay.append(box);
  let returnTo: Element | null = null;
  let open = false;

  const close = () => {
    if (!open) return;
    open = false;
    overlay.hidden = true;
    box.replaceChildren();
    if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    onClose();
  };

  overlay.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    keepTabInside(box, event);
  });

  return {
    get open() {
      return open;
    },
    show(content, labelledBy, focus) {
      if (!open) returnTo = document.activeElement;
      open = true;
      box.setAttribute('aria-labelledby', labelledBy);
      box.replaceChildren(content);
      box.scrollTop = 0;
      overlay.hidden = false;
      (focus ?? box.querySelector<HTMLElement>(FOCUSABLE))?.focus();
    },
    close,
    remove() {
      close();
      overlay.remove();
    },
  };
}
