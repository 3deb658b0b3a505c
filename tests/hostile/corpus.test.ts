/** Every hostile file gets its one expected message, fast, never a throw. */
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/authoring/validateFile.ts';
import { replayStatus } from '../../src/replay/classTable.ts';
import { loadReplayText } from '../../src/replay/verify.ts';
import { shippedScenario } from './build.ts';
import { HOSTILE_REPLAYS, HOSTILE_SCENARIOS } from './corpus.ts';

/** Parse, schema and cross-checks only: the dry run is timed by the CLI test. */
function scenarioMessage(text: string): string | null {
  const report = validateScenarioText(text, { seeds: 1 });
  const first = report.findings.find((f) => f.level === 'error');
  if (!first) return null;
  return first.path ? `${first.path}: ${first.message}` : first.message;
}

describe('hostile scenario files', () => {
  for (const c of HOSTILE_SCENARIOS) {
    it(`${c.name}: ${c.expected ? 'one message' : 'accepted'}`, () => {
      const message = scenarioMessage(c.text());
      if (c.expected === null) expect(message).toBeNull();
      else {
        expect(message).toMatch(c.expected);
        expect(message).not.toContain('\n');
      }
    });
  }
});

describe('hostile replay files', () => {
  const shipped = shippedScenario();
  for (const c of HOSTILE_REPLAYS) {
    it(`${c.name}: ${c.expected ? 'one message' : 'accepted'}`, () => {
      const loaded = loadReplayText(c.text(), { shipped: [shipped] });
      const message = loaded.ok ? replayStatus(loaded, { reasons: true }) || null : loaded.error;
      if (c.expected === null) expect(message).toBeNull();
      else {
        expect(message).toMatch(c.expected);
        expect(message).not.toContain('\n');
      }
    });
  }
});
