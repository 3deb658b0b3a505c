/**
 * Debounce to the latest: while one request runs, a newer one waits, replacing any that waited
 * before it; a request overtaken by a newer one resolves to null and its answer is never drawn.
 * A lever dragged across ten steps thus costs at most two computations, not ten. A request
 * that works in stages asks `stale()` between them, and stops once a newer one waits.
 */
export function latestOnly<A, R>(run: (arg: A, stale: () => boolean) => Promise<R>): (arg: A) => Promise<R | null> {
  let latest = 0;
  let running: Promise<unknown> | null = null;
  return async (arg: A) => {
    const ticket = ++latest;
    while (running) await running.catch(() => undefined);
    if (ticket !== latest) return null;
    const job = run(arg, () => ticket !== latest);
    running = job;
    try {
      const value = await job;
      return ticket === latest ? value : null;
    } finally {
      running = null;
    }
  };
}
