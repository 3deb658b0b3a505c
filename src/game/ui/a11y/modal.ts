/**
 * Modal behaviour for a dialog laid over a screen: everything beside it is inert (neither
 * clickable nor reachable by Tab or a screen reader's cursor) while it is open, and Tab cycles
 * inside it. Returns the function that lifts this again.
 */
export function makeModal(overlay: HTMLElement): () => void {
  const siblings = [...(overlay.parentElement?.children ?? [])].filter((el): el is HTMLElement => el !== overlay && el instanceof HTMLElement && !el.inert);
  for (const el of siblings) el.inert = true;
  const trap = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const focusable = [...overlay.querySelectorAll<HTMLElement>('button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')];
    if (focusable.length === 0) return;
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  overlay.addEventListener('keydown', trap);
  return () => {
    overlay.removeEventListener('keydown', trap);
    for (const el of siblings) el.inert = false;
  };
}
