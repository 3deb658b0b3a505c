/**
 * Where a value first holds a number that is not finite (NaN or ±Infinity): any state, summary
 * or assessment, walked whole, so a field no check names (an income, a budget, a price) is
 * caught as surely as a 0–100 index.
 */
export function firstNonFinite(value: unknown, path = ''): { path: string; value: number } | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : { path, value };
  if (value === null || typeof value !== 'object') return null;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const items = value as unknown as ArrayLike<number | bigint>;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (typeof item === 'number' && !Number.isFinite(item)) return { path: `${path}[${i}]`, value: item };
    }
    return null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstNonFinite(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    const found = firstNonFinite((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}
