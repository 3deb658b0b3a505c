/**
 * One bound on every number of a scenario or a policy, whatever field it sits in: at most a
 * billion either way. Fields with a meaning of their own have tighter bounds in the schema;
 * this one catches the rest (a mechanism parameter, an event's change, a check's plan, a field
 * added later), so no figure a file can state makes a product of figures overflow.
 */
import { formatPath } from './issues.ts';

export const MAX_MAGNITUDE = 1_000_000_000;

/** One line per number beyond the bound, `path: expected …, got …`. */
export function magnitudeErrors(value: unknown, path: (string | number)[] = []): string[] {
  if (typeof value === 'number') {
    return Math.abs(value) <= MAX_MAGNITUDE ? [] : [`${formatPath(path)}: expected a number between -${MAX_MAGNITUDE} and ${MAX_MAGNITUDE}, got ${value}`];
  }
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => magnitudeErrors(item, [...path, i]));
  return Object.keys(value).flatMap((key) => magnitudeErrors((value as Record<string, unknown>)[key], [...path, key]));
}
