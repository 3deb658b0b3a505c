import { describe, expect, it } from 'vitest';
import { digestTurn, TOP_CHANGES } from '../../src/analysis/turnDigest.ts';
import type { Cause, CommunityWhy, Move } from '../../src/analysis/why.ts';

const cause = (mechanism: string, amount: number): Cause => ({ mechanism, variant: 'up', amount, evidence: null });
const move = (metric: 'trust' | 'security', change: number, causes: Cause[] = []): Move => ({ metric, before: 40, after: 40 + change, change, causes, rest: change - causes.reduce((s, c) => s + c.amount, 0) });
const community = (id: string, trust: number, security: number, causes: Cause[] = []): CommunityWhy => ({ id, name: id, trust: move('trust', trust, causes), security: move('security', security) });

describe('digestTurn', () => {
  it('counts the communities where trust and security rose or fell by a notable amount', () => {
    const digest = digestTurn([community('a', 1, -0.6), community('b', -2, 0.1), community('c', 0.2, 0.8)]);
    expect(digest.tally).toEqual({ communities: 3, trustUp: 1, trustDown: 1, securityUp: 1, securityDown: 1 });
  });

  it('tells the biggest moves first, three at most, skipping moves too small to notice', () => {
    const digest = digestTurn([community('a', 1, -0.6), community('b', -2, 0.1), community('c', 0.2, 0.8), community('d', 3, 1.5)]);
    expect(digest.top.map((t) => `${t.community}.${t.metric}`)).toEqual(['d.trust', 'b.trust', 'd.security']);
    expect(digest.top).toHaveLength(TOP_CHANGES);
    expect(digestTurn([community('a', 0.3, -0.2)]).top).toEqual([]);
  });

  it('keeps the biggest cause and a second only when it is a real part of the move, the rest folded in', () => {
    const big = digestTurn([community('a', 2, 0, [cause('x', 1.5), cause('y', 0.6), cause('z', 0.3)])]).top[0]!;
    expect(big.move.causes.map((c) => c.mechanism)).toEqual(['x', 'y']);
    expect(big.move.rest).toBeCloseTo(-0.1);
    const lopsided = digestTurn([community('a', 2, 0, [cause('x', 1.8), cause('y', 0.3)])]).top[0]!;
    expect(lopsided.move.causes.map((c) => c.mechanism)).toEqual(['x']);
    expect(lopsided.move.rest).toBeCloseTo(0.2);
  });
});
