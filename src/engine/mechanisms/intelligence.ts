/**
 * intelligence — trust and committees that share what they know make operations precise:
 * blows land on the clan instead of on villages. Without them operations are blind and their
 * cost falls on civilians (see two-fires) (Zech 2014, endnote 54).
 */
import type { Scenario } from '../../scenario/schema.ts';
import type { Mechanism } from '../mechanism.ts';
import type { GameState } from '../state.ts';
import { clamp01 } from '../units.ts';

/**
 * Share of operations that find their targets. Oversight (joint patrols) makes committee tips
 * count more. Information compounds — each tip narrows where the next patrol looks — so the
 * share of blind action falls with the square of what is still unknown.
 */
export function precision(scenario: Scenario, trust: number, committee: number, oversight: number): number {
  const p = scenario.mechanisms.intelligence;
  const unknown = 1 - clamp01(p.trustWeight * trust + p.committeeWeight * committee * (0.5 + 0.5 * oversight));
  return 1 - (1 - p.basePrecision) * unknown * unknown;
}

/** Operations tempo per community: the region-wide tempo, concentrated where influence is high (0–2). */
export function operationsTempo(state: GameState, military: number): number[] {
  const n = state.communities.length;
  const total = state.communities.reduce((sum, c) => sum + c.insurgentInfluence, 0);
  return state.communities.map((c) => (total > 0 ? military * Math.min(2, (c.insurgentInfluence * n) / total) : military));
}

export const intelligence: Mechanism = {
  id: 'intelligence',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms.intelligence;
    let effective = 0;
    for (const c of ctx.communities) {
      const hits = c.operations * c.precision;
      effective += hits;
      out.community(c.index, 'insurgentInfluence', -p.influenceCut * hits * c.state.insurgentInfluence);
    }
    const mean = ctx.communities.length > 0 ? effective / ctx.communities.length : 0;
    out.global('clanStrength', -p.blowRate * mean * ctx.state.clanStrength);
  },
};
