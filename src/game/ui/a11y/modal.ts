/**
 * Modal behaviour for a dialog laid over a screen: everything beside it is inert (neither
 * clickable nor reachable by Tab or a screen reader's cursor) while it is open, and Tab cycles
 * inside it.
 */

/** What Tab can reach inside a dialog. */
export const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select, textarea, summary, [href], [tabindex]:not([tabindex="-1"])';

/** Keeps Tab inside `container`: past the last visible control to the first, and back with Shift. */
export function keepTabInside(container: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const controls = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
  if (controls.length === 0) return;
  const first = controls[0]!;
  const last = controls[controls.length - 1]!;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/** Makes `overlay` modal over its siblings; returns the function that lifts this again. */
export function makeModal(overlay: HTMLElement): () => void {
  const siblings = [...(overlay.parentElement?.children ?? [])].filter((el): el is HTMLElement => el !== overlay && el instanceof HTMLElement && !el.inert);
  for (const el of siblings) el.inert = true;
  const trap = (event: KeyboardEvent) => keepTabInside(overlay, event);
  overlay.addEventListener('keydown', trap);
  return () => {
    overlay.removeEventListener('keydown', trap);
    for (const el of siblings) el.inert = false;
  };
}
