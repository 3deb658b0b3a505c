/**
 * The figures the Assumptions panel offers a teacher to question, and how a changed figure is
 * written into the panel's copy of the scenario. Pure: no page, no workers.
 */
import { valueAtPath } from '../../scenario/load.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { Dictionary } from '../strings/dictionary.ts';

/** A figure the panel offers: its path in the scenario, its label and the step of its control. */
interface Questioned {
  readonly path: string;
  readonly label: string;
  readonly step: number;
}

type Strings = Dictionary['assumptions'];

/** The figures offered, those the scenario has: the named ones, then every model position's weight. */
export function questionedFigures(scenario: Scenario, s: Strings): Questioned[] {
  const named: Questioned[] = [
    { path: 'mechanisms.eradication-shock.replantShare', label: s.replantShare, step: 0.01 },
    { path: 'mechanisms.eradication-shock.alternativeReplantCut', label: s.alternativeReplantCut, step: 0.01 },
    { path: 'mechanisms.insurgent-resilience.recoveryRate', label: s.recoveryRate, step: 0.01 },
    { path: 'mechanisms.insurgent-resilience.revenueShare', label: s.revenueShare, step: 0.01 },
  ];
  const positions = Object.entries(scenario.mechanisms as Record<string, Record<string, unknown>>).flatMap(([id, params]) =>
    Object.entries(params).flatMap(([key, value]) => {
      const position = value as { name?: unknown; weight?: unknown; heldBy?: unknown } | null;
      return position !== null && typeof position === 'object' && typeof position.name === 'string' && typeof position.weight === 'number' && typeof position.heldBy === 'string'
        ? [{ path: `mechanisms.${id}.${key}.weight`, label: s.positionWeight(position.name), step: 0.1 }]
        : [];
    }),
  );
  const price = { path: 'economy.coca.pricePerKg', label: s.leafPrice, step: 0.1 };
  return [...named, ...positions, price].filter((f) => typeof valueAtPath(scenario, f.path) === 'number');
}

/**
 * Sets the value at a dotted path of the copy, and in the calibration entry that describes it
 * (the validator holds the two equal): the what-if is played as the teacher set it, its grade and
 * note still shown as shipped beside it.
 */
export function setFigure(draft: Scenario, path: string, value: unknown): void {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let node = draft as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
  for (const entry of draft.calibration) if (entry.path === path) (entry as { value: unknown }).value = value;
}

