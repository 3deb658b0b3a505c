import { describe, expect, it } from 'vitest';
import { saturatingStep } from '../../src/engine/mechanism.ts';
import { twoFires } from '../../src/engine/mechanisms/twoFires.ts';
import { createGame } from '../../src/engine/state.ts';
import { INDEX_MAX } from '../../src/engine/units.ts';
import { runMechanism, vraem, withCommunities } from './helpers.ts';

describe('saturating steps on trust, security and influence', () => {
  it('keeps full steps in the middle of the range and shrinks them near the bound they move toward', () => {
    expect(saturatingStep(5000, -300)).toBe(-300);
    expect(saturatingStep(5000, 300)).toBe(300);
    expect(saturatingStep(1000, -300)).toBeCloseTo(-120, 9);
    expect(saturatingStep(1000, 300)).toBe(300);
    expect(saturatingStep(INDEX_MAX - 500, 300)).toBeCloseTo(60, 9);
    expect(saturatingStep(0, -300)).toBeCloseTo(0, 9);
  });

  it('shrink what a mechanism emits for a community near zero trust', () => {
    const start = createGame(vraem, 'unit');
    const levers = { militaryOperations: 100, committeeSupport: 0 };
    const near = runMechanism(twoFires, { state: withCommunities(start, { trust: 300, committeeStrength: 0 }), levers }).total('trust', 'pichari');
    const mid = runMechanism(twoFires, { state: withCommunities(start, { trust: 3000, committeeStrength: 0 }), levers }).total('trust', 'pichari');
    expect(near).toBeLessThan(0);
    expect(Math.abs(near)).toBeLessThan(Math.abs(mid) * 0.5);
  });
});
