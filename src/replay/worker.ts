/** The Web Worker the debrief hands its heavy work to (see ./workerTasks.ts). */
import '../game/noEval.ts';
import { PlanRefused } from '../analysis/plans.ts';
import { warmUpSteps } from './warmUp.ts';
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
/** Warmed once, when first told which scenarios to warm (the page tells it the shipped ones again when it fetches more). */
let warmed = false;

self.onmessage = async (event: MessageEvent<{ id: number; task: Task }>) => {
  const { id, task } = event.data;
  inFlight++;
  try {
    // How long the work itself took, so the page can tell computing from waiting and drawing.
    const start = performance.now();
    const value = await runTask(task);
    self.postMessage({ id, ok: true, value, ms: performance.now() - start });
    // Once told the shipped scenarios, the worker warms its hot paths (see ./warmUp.ts).
    if (task.kind === 'shipped' && task.warm && !warmed) {
      warmed = true;
      warmStepByStep(warmUpSteps(task.scenarios, task.warm));
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
function warmStepByStep(steps: (() => void)[]): void {
  const quiet = inFlight === 0 && performance.now() - lastAnswered >= QUIET_MS;
  if (quiet) steps.shift()?.();
  if (steps.length) setTimeout(() => warmStepByStep(steps), quiet ? 0 : 20);
}
