/** Pareto dominance over several criteria, each better either higher or lower. */

export type Better = 'higher' | 'lower';

/** `a` is at least as good as `b` on every criterion and strictly better on one. */
export function dominates(a: readonly number[], b: readonly number[], better: readonly Better[]): boolean {
  let strictly = false;
  for (let k = 0; k < better.length; k++) {
    const gain = better[k] === 'higher' ? a[k]! - b[k]! : b[k]! - a[k]!;
    if (gain < 0) return false;
    if (gain > 0) strictly = true;
  }
  return strictly;
}

/** Indices of the points no other point dominates, in their original order. */
export function paretoFront(points: readonly (readonly number[])[], better: readonly Better[]): number[] {
  const front: number[] = [];
  points.forEach((p, i) => {
    if (!points.some((q, j) => j !== i && dominates(q, p, better))) front.push(i);
  });
  return front;
}
