/**
 * Checks each version of the draft with the validator's own rules and messages
 * (../../authoring/validateFile.ts), a moment after the last edit and in an analysis worker; a
 * version overtaken by a newer one is never reported. Where no worker can start, the check runs on
 * the page, slower but the same.
 */
import type { FileReport } from '../../authoring/validateFile.ts';
import { validateInWorker } from '../ui/analysisWorker.ts';
import { latestOnly } from '../ui/latestOnly.ts';

export interface Checked {
  readonly report: FileReport;
  /** Milliseconds the check took, and where. */
  readonly ms: number;
  readonly where: 'worker' | 'page';
}

/** How long after the last edit the check starts. */
export const CHECK_DELAY_MS = 250;

export function liveChecker(report: (checked: Checked) => void): { check(text: string): void; destroy(): void } {
  const run = latestOnly((text: string): Promise<Checked> => validateInWorker(text));
  let timer: number | undefined;
  return {
    check(text) {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void run(text).then((checked) => checked && report(checked)), CHECK_DELAY_MS);
    },
    destroy() {
      window.clearTimeout(timer);
    },
  };
}
