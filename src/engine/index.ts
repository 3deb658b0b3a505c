/** The engine's public interface: everything the CLIs, the game and the debrief use. */
export { ENGINE_VERSION } from './version.ts';
export { createGame, defaultLevers, type GameState, type CommunityState, type PendingChoice } from './state.ts';
export { step, type StepResult, type TurnReport, type AnsweredChoice, type StepOptions } from './step.ts';
export { Decisions, availableBudget, leverCost, validateDecisions, type EngineError } from './decisions.ts';
export { deltasOf, recordLength, type Delta, type Cause, type ExplanationRecord } from './record.ts';
export { eventById, type FiredEvent } from './events.ts';
export { canonicalJson } from './hash.ts';
export { hashState } from './stateHash.ts';
export { assess, type CriterionResult, type Rating } from './assessment.ts';
export { summarizeCommunities, summarizeRegion, type CommunitySummary, type RegionSummary } from './summary.ts';
export { householdIncome, leafPriceNow } from './economy.ts';
export { toDisplay, toInternal, metricScale } from './units.ts';
export { MECHANISMS } from './mechanisms/index.ts';
export { produceState, freezeState } from './immutable.ts';
