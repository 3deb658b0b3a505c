/** A class for the hub's tests: the short classroom scenario, its seed, and games played on it. */
import { ENGINE_VERSION, hashState } from '../../src/engine/index.ts';
import { loadPolicyFile, loadScenarioFile } from '../../src/cli/common.ts';
import { playPolicy } from '../../src/policy/run.ts';
import { contentHash } from '../../src/replay/record.ts';
import type { ClassInfo, LiveTurn } from '../../src/hub/protocol.ts';

export const scenario = loadScenarioFile('scenarios/classroom-short.json');
export const SEED = '4242';
export const info: ClassInfo = { scenarioId: scenario.id, scenarioHash: contentHash(scenario), engineVersion: ENGINE_VERSION, seed: SEED, turns: scenario.calendar.turns };

/** Every turn of a game played with a policy, as a student's page sends them. */
export function playedTurns(policyFile: string): LiveTurn[] {
  const game = playPolicy(scenario, loadPolicyFile(policyFile, scenario), SEED, { explain: false });
  return game.decisions.map((decisions, i) => ({ turn: i + 1, decisions, stateHash: hashState(game.states[i + 1]!) }));
}

export const statusQuo = playedTurns('policies/status-quo.json');
export const historical = playedTurns('policies/historical-classroom-short.json');

export const join = (code: string, name: string, extra: Record<string, unknown> = {}) => ({
  type: 'join',
  code,
  name,
  scenarioHashes: [info.scenarioHash],
  engineVersion: info.engineVersion,
  ...extra,
});

export const turnMessage = (turn: LiveTurn) => ({ type: 'turn', ...turn });
