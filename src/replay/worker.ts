/** The Web Worker the debrief hands its heavy work to (see ./workerTasks.ts). */
import '../game/noEval.ts';
import { PlanRefused } from '../analysis/plans.ts';
import { WarmUp } from './warmUp.ts';
import { runTask, type Task } from './workerTasks.ts';

/** Tasks begun and not yet answered (a load waits on the files it reads). */
let inFlight = 0;
/**
 * When the page's last task was answered. Warming waits until the page has asked nothing for
 * QUIET_MS: the stages of a band come a few milliseconds apart (the page draws in between), and a
 * warm-up step slipped into such a gap delayed a lever move's band by a whole step.
 */
let lastAnswered = -Infinity;
const QUIET_MS = 150;
/** The warm-up: the page names the scenario its title opens on, then each one picked there; the page hears when one is warm. */
const warmUp = new WarmUp((id) => self.postMessage({ warmed: id }));

self.onmessage = async (event: MessageEvent<{ id: number; task: Task }>) => {
  const { id, task } = event.data;
  inFlight++;
  try {
    // How long the work itself took, so the page can tell computing from waiting and drawing.
    const start = performance.now();
    const value = await runTask(task);
    self.postMessage({ id, ok: true, value, ms: performance.now() - start });
    // Told which scenarios to warm, the worker warms its hot paths on them (see ./warmUp.ts).
    if (task.kind === 'shipped' && task.warm) {
      const idle = warmUp.waiting === 0;
      warmUp.name(task.scenarios, task.warm);
      if (idle) warmStepByStep();
    }
  } catch (error) {
    // A refused plan is the user's setting, not a fault: the page says so in its own words.
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error), refused: error instanceof PlanRefused });
  } finally {
    inFlight--;
    if (task.kind !== 'shipped') lastAnswered = performance.now();
  }
};

/**
 * One warm-up step per turn of the event loop, and none while a task is under way (a load
 * reading its files would otherwise wait for a step between two of them) or soon after one.
 */
function warmStepByStep(): void {
  const quiet = inFlight === 0 && performance.now() - lastAnswered >= QUIET_MS;
  const more = quiet ? warmUp.runOne() : warmUp.waiting > 0;
  if (more) setTimeout(warmStepByStep, quiet ? 0 : 20);
}
