/** Every hostile file gets its one expected message, fast, never a throw; a warning where one is due. */
import { describe, expect, it } from 'vitest';
import { firstNonFinite } from '../../src/authoring/finiteNumbers.ts';
import { validateScenarioText } from '../../src/authoring/validateFile.ts';
import { assess } from '../../src/engine/index.ts';
import { parsePolicyText } from '../../src/policy/load.ts';
import { playPolicy } from '../../src/policy/run.ts';
import { replayStatus } from '../../src/replay/classTable.ts';
import { loadReplayText } from '../../src/replay/verify.ts';
import { warningText } from '../../src/scenario/json.ts';
import { shippedScenario } from './build.ts';
import { HOSTILE_POLICIES, HOSTILE_REPLAYS, HOSTILE_SCENARIOS, type HostileCase } from './corpus.ts';

/** The first message, or null; the case's warning, when it has one, among the warnings. */
function expectOutcome(c: HostileCase, message: string | null, warnings: readonly string[]): void {
  if (c.expected === null) expect(message).toBeNull();
  else {
    expect(message).toMatch(c.expected);
    expect(message).not.toContain('\n');
  }
  if (c.warning) expect(warnings).toContainEqual(expect.stringMatching(c.warning));
}

describe('hostile scenario files', () => {
  for (const c of HOSTILE_SCENARIOS) {
    it(`${c.name}: ${c.expected ? 'one message' : 'accepted'}`, () => {
      // Parse, schema and cross-checks only: the dry run is timed by the CLI test.
      const report = validateScenarioText(c.text(), { seeds: 1 });
      const first = report.findings.find((f) => f.level === 'error');
      const warnings = report.findings.filter((f) => f.level === 'warning').map((f) => `line ${f.line}, column ${f.column}: ${f.path}: ${f.message}`);
      expectOutcome(c, first ? (first.path ? `${first.path}: ${first.message}` : first.message) : null, warnings);
    });
  }
});

describe('hostile replay files', () => {
  const shipped = shippedScenario();
  for (const c of HOSTILE_REPLAYS) {
    it(`${c.name}: ${c.expected ? 'one message' : 'accepted'}`, () => {
      const loaded = loadReplayText(c.text(), { shipped: [shipped] });
      expectOutcome(c, loaded.ok ? replayStatus(loaded, { reasons: true }) || null : loaded.error, loaded.ok ? loaded.warnings : []);
    });
  }
});

describe('hostile policy files', () => {
  const shipped = shippedScenario();
  for (const c of HOSTILE_POLICIES) {
    it(`${c.name}: ${c.expected ? 'one message' : 'accepted, and plays to a finite end'}`, () => {
      const parsed = parsePolicyText(c.text(), shipped);
      expectOutcome(c, parsed.ok ? null : parsed.errors[0]!, parsed.ok ? (parsed.warnings ?? []).map(warningText) : []);
      if (!parsed.ok) return;
      const game = playPolicy(shipped, parsed.value, '7', { explain: false });
      const last = game.states[game.states.length - 1]!;
      expect(firstNonFinite([last, assess(shipped, last).map((a) => a.value)])).toBeNull();
    });
  }
});
