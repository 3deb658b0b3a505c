/** Number formats used on screen, in the active locale's way of writing numbers. */
import { num } from '../strings/numbers.ts';

const fixed = (digits: number): Intl.NumberFormatOptions => ({ minimumFractionDigits: digits, maximumFractionDigits: digits });

export const fmt = {
  index: (value: number): string => num(value, fixed(1)),
  whole: (value: number): string => num(Math.round(value)),
  money: (value: number): string => num(Math.round(value * 10) / 10),
  /** Soles with their céntimos, as prices are written. */
  price: (value: number): string => num(value, fixed(2)),
  signed: (value: number, digits = 1): string => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${num(Math.abs(value), fixed(digits))}`,
};

/**
 * Makes every formatter above once, when the page has nothing else to do: the page's first
 * Intl.NumberFormat loads the locale's number data (about 60 ms in Chromium here), which would
 * otherwise land in the frame that first shows figures, such as the debrief's class table.
 */
export function prepareFormats(): void {
  const prepare = () => Object.values(fmt).forEach((format) => format(0));
  if ('requestIdleCallback' in window) requestIdleCallback(prepare);
  else setTimeout(prepare, 200);
}

/** An assessment value with its unit: percent changes signed, incident counts whole. */
export function formatCriterion(measure: string, value: number): string {
  if (measure.endsWith('Percent')) return `${fmt.signed(value)} %`;
  if (measure === 'humanRightsIncidents') return fmt.whole(value);
  return fmt.index(value);
}
