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

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of a word for a count, by the active language's plural rules (`Intl.PluralRules`). */
export function plural(count: number, forms: { readonly one: string; readonly other: string }): string {
  let rules = pluralRules.get(intlTag());
  if (!rules) pluralRules.set(intlTag(), (rules = new Intl.PluralRules(intlTag())));
  return rules.select(count) === 'one' ? forms.one : forms.other;
}

/** A count and its noun: "1 file", "3 files"; the figure through `num`, the noun through `plural`. */
export function count(n: number, one: string, other: string): string {
  return `${num(n)} ${plural(n, { one, other })}`;
}
