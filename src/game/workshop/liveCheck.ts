/**
 * Checks each version of the draft with the validator's own rules and messages
 * (../../authoring/validateFile.ts), a moment after the last edit and in a worker of its own; a
 * version overtaken by a newer one is never reported. Where no worker can start, the check runs on
 * the page, slower but the same.
 */
import { validateScenarioText, type FileReport } from '../../authoring/validateFile.ts';
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
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, (checked: Checked | null) => void>();
  try {
    worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; ok: boolean; report?: FileReport; ms?: number }>) => {
      const answer = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      answer?.(event.data.ok ? { report: event.data.report!, ms: event.data.ms!, where: 'worker' } : null);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker = null;
      for (const answer of waiting.values()) answer(null);
      waiting.clear();
    };
  } catch {
    worker = null;
  }
  const onPage = (text: string): Checked => {
    const started = performance.now();
    return { report: validateScenarioText(text), ms: performance.now() - started, where: 'page' };
  };
  const run = latestOnly(
    (text: string) =>
      new Promise<Checked>((resolve) => {
        if (!worker) return resolve(onPage(text));
        const id = next++;
        waiting.set(id, (checked) => resolve(checked ?? onPage(text)));
        worker.postMessage({ id, text });
      }),
  );
  let timer: number | undefined;
  return {
    check(text) {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void run(text).then((checked) => checked && report(checked)), CHECK_DELAY_MS);
    },
    destroy() {
      window.clearTimeout(timer);
      worker?.terminate();
      worker = null;
    },
  };
}
