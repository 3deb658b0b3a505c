import { describe, expect, it } from 'vitest';
import { householdIncome } from '../../../src/engine/economy.ts';
import { environment } from '../../../src/engine/mechanisms/environment.ts';
import { createGame } from '../../../src/engine/state.ts';
import { runMechanism, vraem, withCommunities } from '../helpers.ts';

describe('environment', () => {
  const start = createGame(vraem, 'unit');

  it('erodes soil where coca dominates and lets it recover where none is grown', () => {
    const cocaOnly = runMechanism(environment, { state: withCommunities(start, { cocaHectares: 5000, licitHectares: 0, soilHealth: 6000 }) });
    const licitOnly = runMechanism(environment, { state: withCommunities(start, { cocaHectares: 0, licitHectares: 5000, soilHealth: 6000 }) });
    expect(cocaOnly.total('soilHealth', 'pichari')).toBeLessThan(0);
    expect(licitOnly.total('soilHealth', 'pichari')).toBeGreaterThan(0);
  });

  it('hits subsistence communities\' food crops hardest', () => {
    const index = vraem.communities.findIndex((c) => c.subsistence);
    const def = vraem.communities[index]!;
    const healthy = withCommunities(start, { soilHealth: 10000 });
    const poisoned = withCommunities(start, { soilHealth: 2000 });
    const loss = (i: number) => 1 - householdIncome(vraem, vraem.communities[i]!, poisoned.communities[i]!, poisoned) / householdIncome(vraem, vraem.communities[i]!, healthy.communities[i]!, healthy);
    const cashCrop = vraem.communities.findIndex((c) => !c.subsistence && c.licitHectares > c.cocaHectares);
    expect(def.subsistence).toBe(true);
    expect(loss(index)).toBeGreaterThan(loss(cashCrop));
  });
});
