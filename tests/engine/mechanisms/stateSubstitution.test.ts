import { describe, expect, it } from 'vitest';
import { stateSubstitution } from '../../../src/engine/mechanisms/stateSubstitution.ts';
import { createGame } from '../../../src/engine/state.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { runMechanism, vraem, withCommunities } from '../helpers.ts';

/** The scenario with the critics' view (committees stand in for the state) taken at a weight. */
function critics(weight: number): Scenario {
  const p = vraem.mechanisms['state-substitution'];
  return { ...vraem, mechanisms: { ...vraem.mechanisms, 'state-substitution': { ...p, criticsView: { ...p.criticsView, weight } } } };
}

describe('state-substitution', () => {
  const start = createGame(vraem, 'unit');
  const committees = withCommunities(start, { committeeStrength: 7000 });

  it('builds trust where the state itself delivers', () => {
    expect(runMechanism(stateSubstitution, { levers: { developmentFunding: 150, committeeSupport: 0 } }).total('trust')).toBeGreaterThan(0);
    expect(runMechanism(stateSubstitution, { levers: { developmentFunding: 0, committeeSupport: 0 } }).total('trust')).toBe(0);
  });

  it('takes the critics\' view only as far as its weight: off as shipped, committees backed without services cost no trust', () => {
    expect(vraem.mechanisms['state-substitution'].criticsView.weight).toBe(0);
    expect(runMechanism(stateSubstitution, { state: committees, levers: { developmentFunding: 0, committeeSupport: 100 } }).total('trust')).toBe(0);
    const half = runMechanism(stateSubstitution, { scenario: critics(0.5), state: committees, levers: { developmentFunding: 0, committeeSupport: 100 } }).total('trust');
    const full = runMechanism(stateSubstitution, { scenario: critics(1), state: committees, levers: { developmentFunding: 0, committeeSupport: 100 } }).total('trust');
    expect(full).toBeLessThan(half);
    expect(half).toBeLessThan(0);
  });

  it('in the critics\' world, the state\'s own services outweigh the drag', () => {
    const withServices = runMechanism(stateSubstitution, { scenario: critics(1), state: committees, levers: { developmentFunding: 200, committeeSupport: 100 } }).total('trust');
    expect(withServices).toBeGreaterThan(0);
  });
});
