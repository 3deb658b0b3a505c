/** Numbers as the active locale writes them (grouping and decimal marks through `Intl`). */
import { intlTag } from './locale.ts';

export function num(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlTag(), options).format(value);
}
