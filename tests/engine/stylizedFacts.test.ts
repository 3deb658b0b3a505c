// The seven stylized facts of the brief (shared/BRIEF.md), each over 200 seeds with a margin.
// They hold for population-weighted regional means; single seeds may differ.
import { describe, expect, it } from 'vitest';
import { createGame, type GameState } from '../../src/engine/state.ts';
import { step } from '../../src/engine/step.ts';
import { summarizeRegion, type RegionSummary } from '../../src/engine/summary.ts';
import { policyDecisions, playPolicy } from '../../src/policy/run.ts';
import type { Policy } from '../../src/policy/schema.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { loadPolicy, makePolicy, mean, seeds, vraem, withCommunities, withoutEvents } from './helpers.ts';

const SEEDS = seeds(200);

/** Regional summary at the given turns, averaged over the seeds. */
function meanRegion(policy: Policy, turns: readonly number[], scenario: Scenario = vraem): Map<number, RegionSummary> {
  const sums = new Map<number, Record<string, number>>();
  for (const seed of SEEDS) {
    const { states } = playPolicy(scenario, policy, seed, { explain: false });
    for (const turn of turns) {
      const region = summarizeRegion(scenario, states[turn]!);
      const sum = sums.get(turn) ?? {};
      for (const [key, value] of Object.entries(region)) sum[key] = (sum[key] ?? 0) + value / SEEDS.length;
      sums.set(turn, sum);
    }
  }
  return sums as unknown as Map<number, RegionSummary>;
}

const END = vraem.calendar.turns;
const statusQuo = meanRegion(loadPolicy('status-quo'), [0, 8, END]);
const end = (policy: string) => meanRegion(loadPolicy(policy), [8, END]);

describe('stylized facts (200 seeds each)', () => {
  it('1. eradication alone ends with lower trust and a stronger insurgency than the status quo, and coca grows back once it stops', () => {
    const eradication = end('eradication-only').get(END)!;
    const sq = statusQuo.get(END)!;
    expect(eradication.meanTrust).toBeLessThan(sq.meanTrust - 5);
    expect(eradication.meanInsurgentInfluence).toBeGreaterThan(sq.meanInsurgentInfluence + 5);

    const pulse = makePolicy(
      { eradicationPace: 100, developmentFunding: 0, committeeSupport: 0, committeeOversight: 0, militaryOperations: 40 },
      [{ from: 9, to: END, levers: { eradicationPace: 0 } }],
    );
    const regrowth = meanRegion(pulse, [8, END]);
    expect(regrowth.get(END)!.cocaHectares).toBeGreaterThan(regrowth.get(8)!.cocaHectares * 1.1);
  });

  it('2. development alone barely moves coca in its first two years, yet trust rises', () => {
    const development = end('development-only');
    const start = statusQuo.get(0)!;
    const atTwoYears = development.get(8)!;
    expect(Math.abs(atTwoYears.cocaHectares - start.cocaHectares) / start.cocaHectares).toBeLessThan(0.1);
    expect(atTwoYears.meanTrust).toBeGreaterThan(start.meanTrust + 3);
    expect(atTwoYears.meanTrust).toBeGreaterThan(statusQuo.get(8)!.meanTrust + 3);
  });

  it('3. eradication paired with development cuts coca more than either alone, with trust no worse than the status quo', () => {
    const paired = end('paired').get(END)!;
    const eradication = end('eradication-only').get(END)!;
    const development = end('development-only').get(END)!;
    expect(paired.cocaHectares).toBeLessThan(eradication.cocaHectares * 0.9);
    expect(paired.cocaHectares).toBeLessThan(development.cocaHectares * 0.9);
    expect(paired.meanTrust).toBeGreaterThanOrEqual(statusQuo.get(END)!.meanTrust);
  });

  it('4. committee support with oversight raises security; without oversight it brings more abuse and, over time, lower trust', () => {
    const watched = meanRegion(loadPolicy('committees-with-oversight'), [4, END]);
    const unwatched = meanRegion(loadPolicy('committees-without-oversight'), [4, END]);
    expect(watched.get(END)!.meanSecurity).toBeGreaterThan(statusQuo.get(END)!.meanSecurity + 5);
    expect(unwatched.get(END)!.abuses).toBeGreaterThan(watched.get(END)!.abuses * 2);
    const gapEarly = watched.get(4)!.meanTrust - unwatched.get(4)!.meanTrust;
    const gapLate = watched.get(END)!.meanTrust - unwatched.get(END)!.meanTrust;
    expect(gapLate).toBeGreaterThan(5);
    expect(gapLate).toBeGreaterThan(gapEarly * 2);
  });

  it('5. military action without intelligence costs trust; with trust and committees it costs far less', () => {
    const scenario = withoutEvents(vraem);
    const trustCost = (setup: (state: GameState) => GameState, oversight: number) => {
      const outcome = (military: number) =>
        mean(
          SEEDS.map((seed) => {
            let state = setup(createGame(scenario, seed));
            const levers = { eradicationPace: 0, developmentFunding: 0, committeeSupport: 0, committeeOversight: oversight, militaryOperations: military };
            for (let t = 0; t < 8; t++) {
              const result = step(scenario, state, { levers }, { explain: false });
              if (!result.ok) throw new Error(result.error.message);
              state = result.state;
            }
            return summarizeRegion(scenario, state).meanTrust;
          }),
        );
      return outcome(0) - outcome(100);
    };
    const blind = trustCost((s) => withCommunities(s, { trust: 1500, committeeStrength: 0 }), 0);
    const informed = trustCost((s) => withCommunities(s, { trust: 6500, committeeStrength: 7000 }), 100);
    expect(blind).toBeGreaterThan(5);
    expect(informed).toBeLessThan(blind * 0.5);
  });

  it('6. a blow to the insurgents is undone within a few turns while drug revenue keeps flowing', () => {
    const scenario = withoutEvents(vraem);
    const policy = loadPolicy('status-quo', scenario);
    const recovery = (coca: (state: GameState) => GameState) =>
      mean(
        SEEDS.slice(0, 50).map((seed) => {
          const run = (blow: number) => {
            let state = coca(createGame(scenario, seed));
            for (let t = 0; t < 10; t++) {
              if (t === 6) state = { ...state, clanStrength: Math.max(0, state.clanStrength - blow) };
              const result = step(scenario, state, policyDecisions(scenario, policy, state), { explain: false });
              if (!result.ok) throw new Error(result.error.message);
              state = result.state;
            }
            return state.clanStrength;
          };
          const blow = 2500;
          return 1 - (run(0) - run(blow)) / blow; // share of the blow undone four turns later
        }),
      );
    expect(recovery((s) => s)).toBeGreaterThan(0.75);
    const starved = recovery((s) => withCommunities(s, (c) => ({ cocaHectares: Math.round(c.cocaHectares * 0.1) })));
    expect(starved).toBeLessThan(recovery((s) => s) - 0.25);
  });

  it('7. communities seen to side with the state while unprotected suffer reprisals', () => {
    const scenario = withoutEvents(vraem);
    const reprisals = (patch: Parameters<typeof withCommunities>[1]) =>
      mean(
        SEEDS.map((seed) => {
          let state = withCommunities(createGame(scenario, seed), patch);
          const levers = { eradicationPace: 0, developmentFunding: 0, committeeSupport: 0, committeeOversight: 0, militaryOperations: 0 };
          for (let t = 0; t < 4; t++) {
            const result = step(scenario, state, { levers }, { explain: false });
            if (!result.ok) throw new Error(result.error.message);
            state = result.state;
          }
          return summarizeRegion(scenario, state).reprisals;
        }),
      );
    const exposed = reprisals({ trust: 8000, committeeStrength: 6000, security: 1000 });
    const protectedCollaborators = reprisals({ trust: 8000, committeeStrength: 6000, security: 9000 });
    const bystanders = reprisals({ trust: 1000, committeeStrength: 0, security: 1000 });
    expect(exposed).toBeGreaterThan(1);
    expect(exposed).toBeGreaterThan(protectedCollaborators * 3);
    expect(exposed).toBeGreaterThan(bystanders * 3);
  });
});
