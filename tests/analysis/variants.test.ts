import { describe, expect, it } from 'vitest';
import { COMBINED_PAIRS, duplicatedCommunities, mergedCommunities, perturb, scenarioVariants, withValues, type Variant } from '../../src/analysis/variants.ts';
import { parseScenario, valueAtPath } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { shippedScenario, SHIPPED } from './scenario.ts';

/** Paths of every number among the mechanisms' parameters and the crops' economics. */
function parameterPaths(scenario: Scenario): string[] {
  const paths: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'number') paths.push(path);
    else if (node && typeof node === 'object' && !Array.isArray(node)) for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
  };
  walk(scenario.mechanisms, 'mechanisms');
  walk(scenario.economy, 'economy');
  return paths;
}

/** Whether the parser refuses even a slightly larger value at this path. */
function atUpperBound(scenario: Scenario, path: string): boolean {
  const copy = structuredClone(scenario) as unknown as Record<string, Record<string, Record<string, number>>>;
  const [section, group, field] = path.split('.') as [string, string, string]; // mechanisms.<id>.<parameter> or economy.<crop>.<field>
  const holder = copy[section]![group]!;
  holder[field] = holder[field]! * 1.0001 + 0.0001;
  return !parseScenario(copy).ok;
}

const moves = (variants: readonly Variant[], path: string, up: boolean) =>
  variants.some((v) => v.changes.some((c) => c.path === path && (up ? c.to > c.from : c.to < c.from)));

describe('perturb', () => {
  it('moves by the factor inside the bounds', () => {
    expect(perturb(0.4, 0.25, { min: 0, max: 1, int: false })).toBeCloseTo(0.5);
    expect(perturb(0.4, -0.25, { min: 0, max: 1, int: false })).toBeCloseTo(0.3);
    expect(perturb(0.9, 0.25, { min: 0, max: 1, int: false })).toBe(1);
  });

  it('moves whole numbers by at least one unit, within bounds', () => {
    expect(perturb(2, 0.25, { min: 1, max: 8, int: true })).toBe(3);
    expect(perturb(2, -0.25, { min: 1, max: 8, int: true })).toBe(1);
    expect(perturb(1, -0.25, { min: 1, max: 8, int: true })).toBe(1);
    expect(perturb(20, 0.25, { min: 1, max: 40, int: true })).toBe(25);
  });
});

for (const name of SHIPPED) {
  describe(`variants of ${name}`, () => {
    const base = shippedScenario(name);
    const quick = scenarioVariants(base, 'quick');
    const full = scenarioVariants(base, 'full');

    it('quick: at least 20 valid scenarios with distinct ids, the same every time', () => {
      expect(quick.length).toBeGreaterThanOrEqual(20);
      expect(new Set(quick.map((v) => v.id)).size).toBe(quick.length);
      for (const v of quick) expect(parseScenario(structuredClone(v.scenario)).ok, v.id).toBe(true);
      expect(JSON.stringify(scenarioVariants(base, 'quick'))).toBe(JSON.stringify(quick));
    });

    it('quick and full: every parameter moves at least once each way, unless a bound or zero stops it', () => {
      for (const family of [quick, full]) {
        for (const path of parameterPaths(base)) {
          // quick moves a crop through its price and its time to yield only (see CROP_QUICK_FIELDS).
          if (family === quick && /^economy\.\w+\.(?!pricePerKg$|maturationTurns$)/.test(path)) continue;
          const value = valueAtPath(base, path) as number;
          if (value === 0) continue;
          expect(moves(family, path, false), `${path} down`).toBe(true);
          if (!atUpperBound(base, path)) expect(moves(family, path, true), `${path} up`).toBe(true);
        }
      }
    });

    it('quick: a crop moves through one figure at a time, so its return per day moves by a quarter', () => {
      const crops = quick.filter((v) => v.parameter?.startsWith('economy.'));
      expect(crops.map((v) => v.id)).toContain('economy.coca.pricePerKg+25%');
      for (const v of crops) expect(v.changes, v.id).toHaveLength(1);
    });

    it('full: one parameter at a time, by a quarter where bounds allow', () => {
      const parameters = full.filter((v) => v.kind === 'parameter');
      expect(parameters.length).toBeGreaterThan(quick.filter((v) => v.kind === 'parameter').length);
      for (const v of parameters) {
        expect(v.changes, v.id).toHaveLength(1);
        const { path, from, to } = v.changes[0]!;
        expect(valueAtPath(v.scenario, path)).toBe(to);
        expect(valueAtPath(base, path)).toBe(from);
        if (!Number.isInteger(from) && to !== 1 && to !== 100) expect(to / from).toBeCloseTo(v.direction === 'up' ? 1.25 : 0.75);
      }
      for (const v of full) expect(parseScenario(structuredClone(v.scenario)).ok, v.id).toBe(true);
    });

    it('starting values move by a fifth, coca never beyond the land that carries it', () => {
      const up = quick.find((v) => v.id === 'start+20%')!;
      const down = quick.find((v) => v.id === 'start-20%')!;
      base.communities.forEach((c, i) => {
        expect(down.scenario.communities[i]!.trust).toBeCloseTo(c.trust * 0.8);
        expect(up.scenario.communities[i]!.trust).toBeCloseTo(Math.min(100, c.trust * 1.2));
        expect(up.scenario.communities[i]!.cocaHectares).toBe(Math.min(c.maxCocaHectares, c.cocaHectares * 1.2));
        expect(up.scenario.communities[i]!.population).toBe(c.population);
      });
      expect(quick.find((v) => v.id === 'clan-strength-20%')!.scenario.clan.strength).toBeCloseTo(base.clan.strength * 0.8);
    });

    it('drops two communities, keeping calibration notes on the right ones', () => {
      const dropped = quick.filter((v) => v.kind === 'communities');
      expect(dropped).toHaveLength(2);
      for (const v of dropped) {
        expect(v.scenario.communities).toHaveLength(base.communities.length - 2);
        for (const note of v.scenario.calibration) expect(valueAtPath(v.scenario, note.path)).toBe(note.value);
      }
      const top = [...base.communities].sort((a, b) => b.cocaHectares - a.cocaHectares).slice(0, 2).map((c) => c.id);
      expect(dropped[0]!.scenario.communities.map((c) => c.id)).not.toContain(top[0]);
      expect(dropped[0]!.scenario.communities.map((c) => c.id)).not.toContain(top[1]);
    });

    it('keeps each translation with its text when communities or events are dropped', () => {
      const english = (scenario: Scenario, path: string) => valueAtPath(scenario, path);
      for (const v of quick.filter((v) => v.kind === 'communities' || v.kind === 'turns')) {
        for (const [locale, texts] of Object.entries(v.scenario.translations)) {
          for (const [path, text] of Object.entries(texts ?? {})) {
            // The same English text carries the same translation as in the base scenario.
            const basePath = Object.entries(base.translations[locale as 'es'] ?? {}).find(([p, t]) => t === text && english(base, p) === english(v.scenario, path));
            expect(basePath, `${v.id}: ${path}`).toBeDefined();
          }
        }
      }
    });

    it('plays 12 and 28 turns', () => {
      expect(quick.filter((v) => v.kind === 'turns').map((v) => v.scenario.calendar.turns)).toEqual([12, 28]);
    });
  });
}

describe('combined family', () => {
  const base = shippedScenario('vraem-2012');
  const combined = scenarioVariants(base, 'combined');
  const byId = (id: string) => combined.find((v) => v.id === id)!;
  const total = (s: Scenario, f: (c: Scenario['communities'][number]) => number) => s.communities.reduce((sum, c) => sum + f(c), 0);

  it('valid scenarios with distinct ids, the same every time, for every shipped scenario', () => {
    for (const name of SHIPPED) {
      const scenario = shippedScenario(name);
      const family = name === 'vraem-2012' ? combined : scenarioVariants(scenario, 'combined');
      expect(family.length, name).toBe(2 * COMBINED_PAIRS.length + 7);
      expect(new Set(family.map((v) => v.id)).size).toBe(family.length);
      for (const v of family) expect(parseScenario(structuredClone(v.scenario)).ok, `${name}: ${v.id}`).toBe(true);
    }
    expect(JSON.stringify(scenarioVariants(base, 'combined'))).toBe(JSON.stringify(combined));
  });

  it('moves the two mechanisms of a pair a quarter in opposite directions, and nothing else', () => {
    const v = byId('eradication-shock+25%,voluntary-substitution-25%');
    expect(v.scenario.mechanisms['eradication-shock'].trustHit).toBeCloseTo(base.mechanisms['eradication-shock'].trustHit * 1.25);
    expect(v.scenario.mechanisms['voluntary-substitution'].absorptionShare).toBeCloseTo(base.mechanisms['voluntary-substitution'].absorptionShare * 0.75);
    expect(v.changes.every((c) => c.path.startsWith('mechanisms.eradication-shock.') || c.path.startsWith('mechanisms.voluntary-substitution.'))).toBe(true);
    const crops = byId('economy.coca-25%,economy.licit+25%');
    expect(crops.changes.map((c) => c.path)).toEqual(['economy.coca.pricePerKg', 'economy.licit.pricePerKg']);
  });

  it('doubles the leaf price, halves the budget without donors, plays 40 turns', () => {
    expect(byId('leaf-price×2').scenario.economy.coca.pricePerKg).toBeCloseTo(base.economy.coca.pricePerKg * 2);
    const dear = byId('leaf-price×2,planting-cost×1.5').scenario;
    expect(dear.mechanisms['voluntary-substitution'].plantingCostPerHectare).toBeCloseTo(base.mechanisms['voluntary-substitution'].plantingCostPerHectare * 1.5);
    const poor = byId('budget×0.5,no-donors').scenario;
    expect([poor.budget.perTurn, poor.mechanisms['donor-pressure'].maxFundingPerTurn]).toEqual([base.budget.perTurn / 2, 0]);
    expect(byId('turns-40').scenario.calendar.turns).toBe(40);
    expect(byId('communities-merged,turns-40').scenario.communities).toHaveLength(4);
  });

  it('merges communities two by two, keeping land, people and coca, weighting indexes by population', () => {
    const merged = mergedCommunities(base);
    const [a, b] = base.communities;
    expect(merged.communities).toHaveLength(Math.ceil(base.communities.length / 2));
    expect(merged.communities[0]!.id).toBe(`${a!.id}-${b!.id}`);
    for (const f of [(c: Scenario['communities'][number]) => c.cocaHectares, (c: Scenario['communities'][number]) => c.population, (c: Scenario['communities'][number]) => c.farmlandHectares]) {
      expect(total(merged, f)).toBeCloseTo(total(base, f));
    }
    expect(merged.communities[0]!.trust).toBeCloseTo((a!.trust * a!.population + b!.trust * b!.population) / (a!.population + b!.population));
    // A check's development shares follow the merged communities.
    const shares = merged.checks.find((c) => c.policy.allocation)!.policy.allocation!;
    expect(Object.keys(shares).sort()).toEqual(merged.communities.map((c) => c.id).sort());
  });

  it('duplicates every community, doubling the valley', () => {
    const twice = duplicatedCommunities(base);
    expect(twice.communities).toHaveLength(base.communities.length * 2);
    expect(total(twice, (c) => c.cocaHectares)).toBe(2 * total(base, (c) => c.cocaHectares));
    expect(twice.communities.at(-1)!.id).toBe(`${base.communities.at(-1)!.id}-twin`);
  });
});

describe('withValues', () => {
  const base = shippedScenario('vraem-2012');

  it('sets numbers by their paths and parses the result again', () => {
    const v = withValues(base, 'x', { 'mechanisms.eradication-shock.replantShare': 0, 'communities[2].trust': 55 });
    expect(v.mechanisms['eradication-shock'].replantShare).toBe(0);
    expect(v.communities[2]!.trust).toBe(55);
    expect(base.mechanisms['eradication-shock'].replantShare).toBeGreaterThan(0);
  });

  it('refuses a path that names no number, and a value the schema does not allow', () => {
    expect(() => withValues(base, 'x', { 'mechanisms.nowhere.rate': 1 })).toThrow(/"mechanisms\.nowhere\.rate" does not name a number/);
    expect(() => withValues(base, 'x', { 'mechanisms.eradication-shock.replantShare': 2 })).toThrow(/replantShare: expected a number <= 1/);
  });
});
