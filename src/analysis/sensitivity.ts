/**
 * How the stylized facts fare off the tuned point: each fact's margin on each variant of the
 * scenario (./variants.ts), whether it still holds, and the parameter its margin moves most with.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { FactOptions, FactResult, StylizedFact } from './facts.ts';
import type { Variant } from './variants.ts';

export interface FactOnVariant {
  readonly variant: Variant;
  readonly result: FactResult;
}

export interface FactSensitivity {
  readonly fact: Pick<StylizedFact, 'id' | 'title'>;
  /** On the scenario as shipped. */
  readonly base: FactResult;
  readonly variants: readonly FactOnVariant[];
  /** The variant with the lowest margin. */
  readonly weakest: FactOnVariant | null;
  /** The moved parameter (or group) whose variants shift the margin furthest from the base. */
  readonly mostSensitive: { parameter: string; variant: string; change: number } | null;
}

/**
 * The parameter whose variants move the margin most from its value on the base scenario.
 * Structural variants without a parameter (communities dropped) are not parameters and are left out.
 */
export function mostSensitiveParameter(base: number, rows: readonly FactOnVariant[]): FactSensitivity['mostSensitive'] {
  let best: FactSensitivity['mostSensitive'] = null;
  for (const { variant, result } of rows) {
    if (variant.parameter === null) continue;
    const change = result.margin - base;
    if (best === null || Math.abs(change) > Math.abs(best.change)) best = { parameter: variant.parameter, variant: variant.id, change };
  }
  return best;
}

export function summarizeFact(fact: Pick<StylizedFact, 'id' | 'title'>, base: FactResult, rows: readonly FactOnVariant[]): FactSensitivity {
  const weakest = rows.reduce<FactOnVariant | null>((low, row) => (low === null || row.result.margin < low.result.margin ? row : low), null);
  return { fact, base, variants: rows, weakest, mostSensitive: mostSensitiveParameter(base.margin, rows) };
}

/** Evaluates every fact on the base scenario and on every variant (one thread; see the CLI for two). */
export function sensitivity(facts: readonly StylizedFact[], base: Scenario, variants: readonly Variant[], seeds: FactOptions): FactSensitivity[] {
  return facts.map((fact) =>
    summarizeFact(
      fact,
      fact.evaluate(base, seeds),
      variants.map((variant) => ({ variant, result: fact.evaluate(variant.scenario, seeds) })),
    ),
  );
}

/** Every fact holds (its margin above its threshold) as shipped and on every variant: the quick and full families' test. */
export const allHold = (report: readonly FactSensitivity[]): boolean => report.every((f) => f.base.holds && f.variants.every((v) => v.result.holds));

/** The combined family's test: each fact holds in direction on at least this share of its variants. */
export const COMBINED_DIRECTION_SHARE = 0.9;

/** The variants on which a fact does not even point the way it says, and the share on which it does. */
export function directionMisses(fact: FactSensitivity): { misses: readonly FactOnVariant[]; share: number } {
  const misses = fact.variants.filter((v) => !v.result.direction);
  return { misses, share: fact.variants.length === 0 ? 1 : 1 - misses.length / fact.variants.length };
}

/** Every fact holds as shipped and points its way on at least COMBINED_DIRECTION_SHARE of the variants. */
export const holdInDirection = (report: readonly FactSensitivity[]): boolean =>
  report.every((f) => f.base.holds && directionMisses(f).share >= COMBINED_DIRECTION_SHARE);
