import { describe, expect, it } from 'vitest';
import { stateSubstitution } from '../../../src/engine/mechanisms/stateSubstitution.ts';
import { createGame } from '../../../src/engine/state.ts';
import { runMechanism, vraem, withCommunities } from '../helpers.ts';

describe('state-substitution', () => {
  const start = createGame(vraem, 'unit');

  it('builds trust where the state itself delivers', () => {
    expect(runMechanism(stateSubstitution, { levers: { developmentFunding: 150, committeeSupport: 0 } }).total('trust')).toBeGreaterThan(0);
    expect(runMechanism(stateSubstitution, { levers: { developmentFunding: 0, committeeSupport: 0 } }).total('trust')).toBe(0);
  });

  it('wears trust down where the state leans on committees and delivers nothing', () => {
    const committees = withCommunities(start, { committeeStrength: 7000 });
    expect(runMechanism(stateSubstitution, { state: committees, levers: { developmentFunding: 0, committeeSupport: 100 } }).total('trust')).toBeLessThan(0);
    const withServices = runMechanism(stateSubstitution, { state: committees, levers: { developmentFunding: 200, committeeSupport: 100 } }).total('trust');
    expect(withServices).toBeGreaterThan(0);
  });
});
