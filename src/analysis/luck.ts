/**
 * Luck made visible: where a run's own seed sits among the outcomes its own decisions reach on
 * other seeds. "Luckier than 97 of 100" means that on 97 of 100 other seeds the same decisions
 * ended worse on that criterion. Outcomes are compared as the screens show them (one decimal),
 * and a tie counts as half a seed either way.
 */

export interface SeedLuck {
  /** Other seeds on which the same decisions ended worse (ties count half, rounded down). */
  readonly luckier: number;
  /** Other seeds played. */
  readonly of: number;
  readonly verdict: 'lucky' | 'unlucky' | 'typical';
}

/**
 * A seed better than nine in ten of the plan's other seeds is called lucky, one worse than nine in
 * ten unlucky: the plan's 10th–90th percentile band, as the spread shows it (assumption: the
 * spread's own band, so that "lucky" means "above the range the spread shows").
 */
export const LUCKY_SHARE = 0.9;

const shown = (value: number): number => Math.round(value * 10) / 10;

export function seedLuck(others: readonly number[], own: number, better: 'higher' | 'lower'): SeedLuck {
  const mine = shown(own);
  let worse = 0;
  let ties = 0;
  for (const value of others) {
    const other = shown(value);
    if (other === mine) ties++;
    else if (better === 'higher' ? other < mine : other > mine) worse++;
  }
  const luckier = worse + Math.floor(ties / 2);
  const of = others.length;
  const verdict = of === 0 ? 'typical' : luckier / of >= LUCKY_SHARE ? 'lucky' : (of - luckier) / of >= LUCKY_SHARE ? 'unlucky' : 'typical';
  return { luckier, of, verdict };
}
