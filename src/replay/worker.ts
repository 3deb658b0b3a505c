/** The Web Worker the debrief hands its heavy work to (see ./workerTasks.ts). */
import '../game/noEval.ts';
import { warmUp } from './warmUp.ts';
import { runTask, type Task } from './workerTasks.ts';

self.onmessage = async (event: MessageEvent<{ id: number; task: Task }>) => {
  const { id, task } = event.data;
  try {
    // How long the work itself took, so the page can tell computing from waiting and drawing.
    const start = performance.now();
    const value = await runTask(task);
    self.postMessage({ id, ok: true, value, ms: performance.now() - start });
    // Once told the shipped scenarios, the worker warms its hot paths (see ./warmUp.ts).
    if (task.kind === 'shipped') warmUp(task.scenarios);
  } catch (error) {
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
