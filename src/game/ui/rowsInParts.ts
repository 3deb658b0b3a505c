/**
 * A long table drawn a part at a time: the first rows at once, each later part in a task of its
 * own, so the browser lays out and paints between two parts instead of holding one frame for
 * the whole table. Measured in Chromium on the 2-core test machine: a debrief's class table of
 * 500 rows took 70–215 ms to lay out in one go (and about 60 ms to build); laid out 50 rows at a
 * time it took 7–12 ms a part. The table is marked busy (aria-busy) until its last row is in,
 * and a table that has left the page (drawn again, or the screen left) stops growing.
 */

/** Rows per part: on the test machine a part of the class table took 2–7 ms to build and 7–12 ms to lay out, about a frame's budget. */
const ROWS_PER_PART = 50;

/** What the rows are added to: a table's body in the page (a stand-in in tests). */
export interface RowParent<R> {
  append(...rows: R[]): void;
  readonly isConnected: boolean;
}

/** What is marked busy while rows are still to come: the table itself. */
export interface BusyMark {
  setAttribute(name: 'aria-busy', value: string): void;
}

/** Waits for the next task (the browser may draw a frame first). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Appends a row for each item to `body`, the first part at once and the others one per task, in
 * the items' order. Resolves once every row is in, or as soon as `body` has left the page.
 */
export async function rowsInParts<T, R>(body: RowParent<R>, busy: BusyMark, items: readonly T[], row: (item: T) => R, perPart = ROWS_PER_PART, wait: () => Promise<void> = nextTask): Promise<void> {
  busy.setAttribute('aria-busy', String(items.length > perPart));
  body.append(...items.slice(0, perPart).map(row));
  for (let from = perPart; from < items.length; from += perPart) {
    await wait();
    if (!body.isConnected) return;
    body.append(...items.slice(from, from + perPart).map(row));
  }
  busy.setAttribute('aria-busy', 'false');
}
