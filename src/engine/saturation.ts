/**
 * The saturating step: how every change to trust, security, insurgent influence and the armed
 * group's strength is applied, whether a mechanism or an event card causes it. Attitudes harden
 * slowly, and no community is pinned at 0 or 100 by arithmetic.
 */
import { INDEX_MAX } from './units.ts';

/**
 * A step on an index, shrunk near the bound it moves toward: full size while the opening value
 * is at least a quarter of the range away from that bound, then in proportion to the room left.
 * It reads the opening value, so the order of changes does not matter away from the bounds.
 */
export function saturatingStep(opening: number, step: number): number {
  const room = step > 0 ? INDEX_MAX - opening : opening;
  const factor = (4 * room) / INDEX_MAX;
  return factor >= 1 ? step : step * factor;
}

/**
 * The whole units a step moves an index that now stands at `current` (opening: its value at the
 * start of the turn): the saturating step, and never more than half the room left now. Many
 * changes in one turn (several mechanisms, an event card) each take at most half of what is left,
 * so together they approach a bound but never reach it.
 */
export function saturatedUnits(opening: number, current: number, step: number): number {
  const shrunk = saturatingStep(opening, step);
  const room = shrunk > 0 ? INDEX_MAX - current : current;
  if (Math.abs(shrunk) * 2 <= room) return Math.round(shrunk);
  const half = Math.floor(room / 2);
  return shrunk > 0 || half === 0 ? half : -half;
}
