import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/engine/events.ts';
import { Ledger } from '../../src/engine/ledger.ts';
import { twoFires } from '../../src/engine/mechanisms/twoFires.ts';
import { saturatedUnits, saturatingStep } from '../../src/engine/saturation.ts';
import { communitySlot, globalSlot } from '../../src/engine/slots.ts';
import { createGame } from '../../src/engine/state.ts';
import { step } from '../../src/engine/step.ts';
import { tablesOf } from '../../src/engine/tables.ts';
import { INDEX_MAX } from '../../src/engine/units.ts';
import { runMechanism, seeds, vraem, withCommunities } from './helpers.ts';

describe('saturating steps on trust, security, influence and the armed group\'s strength', () => {
  it('keeps full steps in the middle of the range and shrinks them near the bound they move toward', () => {
    expect(saturatingStep(5000, -300)).toBe(-300);
    expect(saturatingStep(5000, 300)).toBe(300);
    expect(saturatingStep(1000, -300)).toBeCloseTo(-120, 9);
    expect(saturatingStep(1000, 300)).toBe(300);
    expect(saturatingStep(INDEX_MAX - 500, 300)).toBeCloseTo(60, 9);
    expect(saturatingStep(0, -300)).toBeCloseTo(0, 9);
  });

  it('never takes more than half the room left now, so changes in one turn approach a bound without reaching it', () => {
    expect(saturatedUnits(5000, 5000, -300)).toBe(-300);
    expect(saturatedUnits(5000, 200, -300)).toBe(-100);
    expect(saturatedUnits(5000, INDEX_MAX - 40, 300)).toBe(20);
    expect(saturatedUnits(5000, 1, -300)).toBe(0);
    let value = 5000;
    for (let i = 0; i < 200; i++) value += saturatedUnits(5000, value, -2000);
    expect(value).toBeGreaterThan(0);
  });

  it('shrink what a mechanism emits for a community near zero trust', () => {
    const start = createGame(vraem, 'unit');
    const levers = { militaryOperations: 100, committeeSupport: 0 };
    const near = runMechanism(twoFires, { state: withCommunities(start, { trust: 300, committeeStrength: 0 }), levers }).total('trust', 'pichari');
    const mid = runMechanism(twoFires, { state: withCommunities(start, { trust: 3000, committeeStrength: 0 }), levers }).total('trust', 'pichari');
    expect(near).toBeLessThan(0);
    expect(Math.abs(near)).toBeLessThan(Math.abs(mid) * 0.5);
  });

  it('apply to event cards: a card\'s trust loss near zero is shrunk, elsewhere applied in full', () => {
    const helicopter = vraem.events.find((e) => e.id === 'helicopter-fire')!;
    const trustLoss = (trust: number) => {
      const state = withCommunities(createGame(vraem, 'unit'), { trust });
      const ledger = new Ledger(state, true, tablesOf(vraem));
      applyEffects(vraem, helicopter.effects, helicopter, 0, ledger, { budgetAdjustment: 0, modifiers: [] });
      return ledger.at(communitySlot(0, 'trust')) - trust;
    };
    const full = helicopter.effects.find((e) => e.kind === 'community' && e.metric === 'trust')!;
    expect(trustLoss(5000)).toBe(100 * (full as { change: number }).change);
    expect(trustLoss(200)).toBeGreaterThan(-100);
    expect(trustLoss(200)).toBeLessThan(0);
  });

  it('apply to an event card\'s blow to the armed group', () => {
    const commanders = vraem.events.find((e) => e.id === 'commanders-killed')!;
    const state = { ...createGame(vraem, 'unit'), clanStrength: 1000 };
    const ledger = new Ledger(state, true, tablesOf(vraem));
    applyEffects(vraem, commanders.effects, commanders, null, ledger, { budgetAdjustment: 0, modifiers: [] });
    expect(ledger.globalAt(globalSlot('clanStrength'))).toBeGreaterThan(400);
  });

  it('leave at most 5% of communities at exactly 0 trust under eradication and military at 100% (8 seeds)', () => {
    let pinned = 0;
    let total = 0;
    for (const seed of seeds(8)) {
      let state = createGame(vraem, seed);
      while (!state.finished) {
        const result = step(vraem, state, { levers: { eradicationPace: 100, developmentFunding: 0, militaryOperations: 100 }, choices: Object.fromEntries(state.pendingChoices.map((p) => [p.key, vraem.events.find((e) => e.id === p.eventId)!.choice!.options[0]!.id])) }, { explain: false });
        if (!result.ok) throw new Error(result.error.message);
        state = result.state;
      }
      for (const c of state.communities) {
        total++;
        if (c.trust === 0) pinned++;
      }
    }
    expect(pinned / total).toBeLessThanOrEqual(0.05);
  });
});
