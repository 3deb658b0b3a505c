/** Numbers as the active locale writes them (grouping and decimal marks through `Intl`). */
import { intlTag } from './locale.ts';

/**
 * Formatters by locale and options: making an Intl.NumberFormat costs far more than using one,
 * and a class table of 40 runs formats hundreds of figures in one frame.
 */
const formatters = new Map<string, Intl.NumberFormat>();

export function num(value: number, options?: Intl.NumberFormatOptions): string {
  const key = `${intlTag()}|${options ? JSON.stringify(options) : ''}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(intlTag(), options)));
  return formatter.format(value);
}
