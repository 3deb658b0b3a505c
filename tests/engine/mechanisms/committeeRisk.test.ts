import { describe, expect, it } from 'vitest';
import { committeeRisk } from '../../../src/engine/mechanisms/committeeRisk.ts';
import { createGame } from '../../../src/engine/state.ts';
import { runMechanism, vraem, withCommunities } from '../helpers.ts';

describe('committee-risk', () => {
  const armed = withCommunities(createGame(vraem, 'unit'), { committeeStrength: 5000, insurgentInfluence: 5000 });
  const p = vraem.mechanisms['committee-risk'];

  it('brings no abuse where the state arms nobody', () => {
    expect(runMechanism(committeeRisk, { state: armed, levers: { committeeSupport: 0 }, draw: 0 }).total('abuses')).toBe(0);
  });

  it('brings abuse incidents, with a trust cost and a grievance, where armed committees go unwatched', () => {
    const run = runMechanism(committeeRisk, { state: armed, levers: { committeeSupport: 100, committeeOversight: 0 }, draw: 0 });
    expect(run.total('abuses')).toBe(vraem.communities.length);
    expect(run.total('trust', 'pichari')).toBe(-p.abuseTrustHit * 100);
    expect(run.total('grievanceAbuse', 'pichari')).toBe(p.abuseGrievance * 100);
  });

  it('cuts the chance of abuse with oversight', () => {
    // Chance is abuseChance × support × strength × (1 − oversightEffect × oversight): 0.1 unwatched, 0.02 watched.
    const draw = 0.05;
    expect(runMechanism(committeeRisk, { state: armed, levers: { committeeSupport: 100, committeeOversight: 0 }, draw }).total('abuses')).toBe(8);
    expect(runMechanism(committeeRisk, { state: armed, levers: { committeeSupport: 100, committeeOversight: 100 }, draw }).total('abuses')).toBe(0);
  });

  it('lets traffickers capture unsupervised committees where the clan is strong', () => {
    const unwatched = runMechanism(committeeRisk, { state: armed, levers: { committeeSupport: 100, committeeOversight: 0 }, draw: 0.01 });
    const watched = runMechanism(committeeRisk, { state: armed, levers: { committeeSupport: 100, committeeOversight: 100 }, draw: 0.01 });
    expect(unwatched.total('insurgentInfluence')).toBeGreaterThan(0);
    expect(watched.total('insurgentInfluence')).toBe(0);
  });
});
