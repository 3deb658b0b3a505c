import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/authoring/checks.ts';
import { dryRun } from '../../src/authoring/dryRun.ts';
import { locate, pathSegments } from '../../src/authoring/locate.ts';
import type { EventCard, Scenario } from '../../src/scenario/schema.ts';
import { vraem } from '../engine/helpers.ts';

const withEvent = (overrides: Partial<EventCard>): Scenario => ({
  ...vraem,
  events: [{ id: 'e', title: 'E', text: 'E.', evidence: ['zech-clan'], scope: 'global', probability: 0.5, conditions: [], fromTurn: 1, once: false, cooldownTurns: 0, effects: [], ...overrides }],
});

describe('checks beyond the schema', () => {
  it('find nothing wrong in the shipped scenario', () => {
    expect(checkScenario(vraem)).toEqual([]);
  });

  it('flag conditions that can never hold', () => {
    const findings = checkScenario(
      withEvent({
        conditions: [
          { kind: 'community', metric: 'trust', op: '>', value: 100 },
          { kind: 'lever', lever: 'eradicationPace', op: '>=', value: 150 },
          { kind: 'global', metric: 'clanStrength', op: '<', value: 0 },
        ],
      }),
    );
    expect(findings.map((f) => f.path)).toEqual(['events[0].conditions[0]', 'events[0].conditions[1]', 'events[0].conditions[2]']);
    expect(findings[0]!.message).toBe('trust > 100 can never hold (the metric runs from 0 to 100), so event "e" never happens');
    expect(findings[1]!.message).toBe('lever eradicationPace >= 150 can never hold (the lever runs from 0 to 100), so event "e" never happens');
  });

  it('warn about an event with no chance', () => {
    expect(checkScenario(withEvent({ probability: 0 }))).toEqual([{ level: 'warning', path: 'events[0].probability', message: 'event "e" has probability 0 and can never happen' }]);
  });

  it('warn about a figure outside the range its note supports', () => {
    const i = vraem.calibration.findIndex((c) => c.path === 'mechanisms.eradication-shock.replantShare');
    const calibration = vraem.calibration.map((c, k) => (k === i ? { ...c, value: 0.7 } : c));
    expect(checkScenario({ ...vraem, calibration })).toEqual([
      { level: 'warning', path: `calibration[${i}].value`, message: 'mechanisms.eradication-shock.replantShare is 0.7, outside the range its note supports (0.9 to 0.95): regrade the note as an assumption or explain the new value' },
    ]);
  });

  it('flag a budget that cannot pay for the default levers', () => {
    const poor = { ...vraem, budget: { ...vraem.budget, perTurn: 10 } };
    expect(checkScenario(poor).map((f) => f.path)).toContain('levers');
  });
});

describe('dry run', () => {
  it('reports events that never happen', () => {
    const never = withEvent({ id: 'never', conditions: [{ kind: 'lever', lever: 'militaryOperations', op: '>', value: 99 }] });
    const run = dryRun(never, 5);
    expect(run.findings).toContainEqual({ level: 'warning', path: 'events[0]', message: 'event "never" never happened in 5 games with the default levers' });
  });

  it('reports a metric stuck at a bound', () => {
    // No coca anywhere: soil regenerates to 100 and stays there.
    const pristine = { ...vraem, communities: vraem.communities.map((c) => ({ ...c, cocaHectares: 0, maxCocaHectares: 0, soilHealth: 100 })) };
    const messages = dryRun(pristine, 3).findings.map((f) => f.message);
    expect(messages).toContain('soilHealth of "pichari" sits at 100 for 100% of the turns played');
  });
});

describe('locating a path in the file', () => {
  const text = '{\n  "communities": [\n    { "id": "a", "cocaHectares": 1 },\n    { "id": "b", "cocaHectares": -5 }\n  ]\n}';

  it('splits paths', () => {
    expect(pathSegments('communities[3].cocaHectares')).toEqual(['communities', 3, 'cocaHectares']);
    expect(pathSegments('(top level)')).toEqual([]);
  });

  it('points at the key of the field, or at its nearest parent when it is missing', () => {
    expect(locate(text, 'communities[1].cocaHectares')).toEqual({ line: 4, column: 18 });
    expect(locate(text, 'communities[1].population')).toEqual({ line: 4, column: 5 });
  });
});
