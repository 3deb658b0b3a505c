/**
 * Outcome bands already worked out, by scenario, turns played and lever setting: moving a lever
 * back to a setting seen before, or to one worked out ahead (see neighbourSettings), draws the
 * band without playing a game. A setting plays the same games every time (fixed seeds, a
 * deterministic engine), so a kept band is the band. The oldest are forgotten past a limit.
 */
import type { OutcomeBand } from '../../analysis/outcomeBand.ts';
import type { Levers } from '../../analysis/plans.ts';
import type { Decisions } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';

/** A band is about 400 numbers: 256 of them fit in well under a megabyte. */
const KEPT = 256;

const bands = new Map<string, OutcomeBand>();
/** Each scenario object by a number of its own: two loaded files may share an id and differ. */
const scenarioKeys = new WeakMap<Scenario, number>();
let nextScenarioKey = 0;

/** The band's identity: the scenario (by object), the turns played and each lever's value in the scenario's order. */
export function bandKey(scenario: Scenario, played: readonly Decisions[], levers: Partial<Levers>): string {
  let id = scenarioKeys.get(scenario);
  if (id === undefined) {
    id = nextScenarioKey++;
    scenarioKeys.set(scenario, id);
  }
  return `${id}|${JSON.stringify(played)}|${scenario.levers.map((l) => levers[l.id] ?? l.default).join(',')}`;
}

export function cachedBand(key: string): OutcomeBand | undefined {
  const band = bands.get(key);
  if (band) {
    // Used again: the last to be forgotten.
    bands.delete(key);
    bands.set(key, band);
  }
  return band;
}

export function keepBand(key: string, band: OutcomeBand): void {
  bands.delete(key);
  bands.set(key, band);
  while (bands.size > KEPT) bands.delete(bands.keys().next().value!);
}

/**
 * The settings one step either side of the lever moved last (the likeliest next moves), or of
 * every lever in turn when none has moved yet; each within the lever's range.
 */
export function neighbourSettings(scenario: Scenario, levers: Partial<Levers>, moved: string | null): Partial<Levers>[] {
  const order = moved ? scenario.levers.filter((l) => l.id === moved) : scenario.levers;
  return order.flatMap((lever) => {
    const value = levers[lever.id] ?? lever.default;
    return [value + lever.step, value - lever.step].filter((v) => v >= lever.min && v <= lever.max).map((v) => ({ ...levers, [lever.id]: v }));
  });
}
