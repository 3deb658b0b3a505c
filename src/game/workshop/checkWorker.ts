/** The Web Worker that checks the workshop's draft as `npm run validate` does (a shipped file takes 300–500 ms: off the page's thread). */
import '../noEval.ts';
import { validateScenarioText } from '../../authoring/validateFile.ts';

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  const started = performance.now();
  try {
    self.postMessage({ id, ok: true, report: validateScenarioText(text), ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
