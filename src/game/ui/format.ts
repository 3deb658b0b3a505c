/** Number formats used on screen. */
export const fmt = {
  index: (value: number): string => value.toFixed(1),
  whole: (value: number): string => Math.round(value).toLocaleString('en'),
  money: (value: number): string => (Math.round(value * 10) / 10).toLocaleString('en'),
  signed: (value: number, digits = 1): string => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits })}`,
};

/** An assessment value with its unit: percent changes signed, incident counts whole. */
export function formatCriterion(measure: string, value: number): string {
  if (measure.endsWith('Percent')) return `${fmt.signed(value)} %`;
  if (measure === 'humanRightsIncidents') return fmt.whole(value);
  return fmt.index(value);
}
