/**
 * A modal dialog: the browser's own `<dialog>` opened with showModal(), which lays it over the
 * whole window (wherever the page has scrolled), makes everything else inert and closes on
 * Escape; Tab wraps inside it. Focus goes in on open and back to where it was on close. It lives on the
 * page itself, so its text keeps its real size on a small projector.
 */
import { h } from './dom.ts';

/** What Tab can reach inside a dialog: the first of these takes the focus when none is named. */
export const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select, textarea, summary, [href], [tabindex]:not([tabindex="-1"])';

export interface Dialog {
  readonly open: boolean;
  /** Shows the content; `labelledBy` names the heading's id; focus goes to `focus` or the first control. */
  show(content: HTMLElement, labelledBy: string, focus?: HTMLElement): void;
  close(): void;
  /** Closes and takes the dialog off the page (its screen is leaving). */
  remove(): void;
}

/**
 * A `<dialog>` for openModal. Tab wraps inside it, past the last control to the first and back
 * with Shift (the browser would let it leave for its own toolbar).
 */
export function modalDialog(attributes: Record<string, string | boolean>): HTMLDialogElement {
  const dialog = h('dialog', { ...attributes, hidden: true, 'aria-modal': 'true' });
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    const first = controls[0];
    const last = controls[controls.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  return dialog;
}

/**
 * Opens `dialog` modally (shown, not `hidden`, for the selectors that look for an open one) and
 * focuses `focus` or its first control.
 */
export function openModal(dialog: HTMLDialogElement, focus?: HTMLElement | null): void {
  dialog.hidden = false;
  if (!dialog.open) dialog.showModal();
  dialog.scrollTop = 0;
  (focus ?? dialog.querySelector<HTMLElement>(FOCUSABLE))?.focus();
}

export function createDialog(testId: string, onClose: () => void = () => undefined): Dialog {
  const box = modalDialog({ class: 'ui panel dialog wide scroll', 'data-testid': testId });
  document.body.append(box);
  let returnTo: Element | null = null;
  let open = false;

  const close = () => {
    if (!open) return;
    open = false;
    if (box.open) box.close();
    box.hidden = true;
    box.replaceChildren();
    if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    onClose();
  };
  // Escape (the browser's cancel) closes through the same path as a button.
  box.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
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
      openModal(box, focus);
    },
    close,
    remove() {
      close();
      box.remove();
    },
  };
}
