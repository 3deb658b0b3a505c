import { describe, expect, it } from 'vitest';
import { bandSeeds, outcomeBand } from '../../src/analysis/outcomeBand.ts';
import { defaultLevers } from '../../src/engine/index.ts';
import { bandKey, cachedBand, keepBand, neighbourSettings } from '../../src/game/ui/bandCache.ts';
import { shippedScenario } from '../analysis/scenario.ts';

const short = shippedScenario('classroom-short');

describe('bandCache', () => {
  it('keys a band by scenario object, turns played and every lever value', () => {
    const copy = structuredClone(short);
    const played = [{ levers: defaultLevers(short) }];
    const key = bandKey(short, [], {});
    expect(bandKey(short, [], defaultLevers(short))).toBe(key); // unset levers are at their defaults
    expect(bandKey(short, [], { eradicationPace: 40 })).not.toBe(key);
    expect(bandKey(short, played, {})).not.toBe(key);
    expect(bandKey(copy, [], {})).not.toBe(key); // a loaded copy may differ though its id is the same
  });

  it('gives back a band kept for a setting, and forgets the least recently used past its limit', () => {
    const band = outcomeBand(short, [], {}, bandSeeds(5));
    const key = bandKey(short, [], { eradicationPace: 10 });
    expect(cachedBand(key)).toBeUndefined();
    keepBand(key, band);
    expect(cachedBand(key)).toBe(band);
    for (let i = 0; i < 300; i++) {
      keepBand(`other-${i}`, band);
      if (i % 10 === 0) cachedBand(key); // used now and then: kept
    }
    expect(cachedBand(key)).toBe(band);
    expect(cachedBand('other-0')).toBeUndefined();
    expect(cachedBand('other-299')).toBe(band);
  });

  it('works ahead one step either side of the lever moved last, within its range', () => {
    const lever = short.levers.find((l) => l.id === 'eradicationPace')!;
    const at = { ...defaultLevers(short), eradicationPace: lever.min };
    expect(neighbourSettings(short, at, 'eradicationPace')).toEqual([{ ...at, eradicationPace: lever.min + lever.step }]);
    const mid = { ...at, eradicationPace: lever.min + 2 * lever.step };
    expect(neighbourSettings(short, mid, 'eradicationPace').map((s) => s.eradicationPace)).toEqual([lever.min + 3 * lever.step, lever.min + lever.step]);
    // None moved yet: every lever's neighbours.
    const all = neighbourSettings(short, defaultLevers(short), null);
    expect(new Set(all.map((s) => Object.entries(s).find(([id, v]) => v !== defaultLevers(short)[id as keyof ReturnType<typeof defaultLevers>])![0]))).toEqual(new Set(short.levers.map((l) => l.id)));
  });
});
