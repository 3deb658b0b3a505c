/**
 * One polite live region for the whole page, outside the scenes (a scene change would remove
 * it mid-sentence): screen readers read what is announced when the reader is idle.
 */
let region: HTMLElement | null = null;

function live(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.className = 'visually-hidden';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  region.dataset.testid = 'announcer';
  (document.getElementById('app') ?? document.body).append(region);
  return region;
}

export function announce(text: string): void {
  const target = live();
  // Emptied first and refilled on the next frame, so a repeated sentence is read again.
  target.textContent = '';
  requestAnimationFrame(() => (target.textContent = text));
}
