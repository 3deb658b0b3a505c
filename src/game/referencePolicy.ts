/**
 * The policy the end screen compares a run with: what the state historically did
 * (policies/historical.json) where that file exists, else the status quo. Picked at build time,
 * so the comparison switches by itself when the historical file lands.
 */
const files = import.meta.glob<unknown>(['/policies/historical.json', '/policies/status-quo.json'], { eager: true, import: 'default' });

export function referencePolicy(): unknown {
  return files['/policies/historical.json'] ?? files['/policies/status-quo.json'] ?? null;
}
