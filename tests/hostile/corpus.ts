/**
 * The hostile corpus: scenario and replay files as an attacker, a prankster or an unlucky
 * editor would make them, each with the one message the loader must give. Files are built in
 * memory from the shipped scenario so they follow it as it changes.
 */
import { MAX_JSON_DEPTH } from '../../src/scenario/json.ts';
import { forgedEasierReplay, nested, shippedJson, shippedReplay, worstAcceptedScenario } from './build.ts';

export interface HostileCase {
  readonly name: string;
  readonly text: () => string;
  /** The first message (for a replay that loads, what it is flagged with), or null when the file must be accepted as it is. */
  readonly expected: RegExp | null;
  /** A warning the file must get all the same (where it is, and what). */
  readonly warning?: RegExp;
}

/** JSON text as a UTF-8 reader sees a file saved in another encoding. */
const encoded = (text: string, encoding: 'utf16le' | 'utf16be' | 'utf32le', bom: boolean): string => {
  const units = [...(bom ? '\uFEFF' : ''), ...text];
  const bytes =
    encoding === 'utf16le'
      ? Buffer.from(units.join(''), 'utf16le')
      : encoding === 'utf16be'
        ? Buffer.from(units.join(''), 'utf16le').swap16()
        : Buffer.concat(units.map((c) => Buffer.from([c.codePointAt(0)! & 0xff, (c.codePointAt(0)! >> 8) & 0xff, 0, 0])));
  return bytes.toString('utf8');
};

const scenarioWith = (edit: (s: Record<string, any>) => void, indent = 2) => () => {
  const s = shippedJson();
  edit(s);
  return JSON.stringify(s, null, indent);
};

const deep = new RegExp(`^not accepted at line 1, column ${MAX_JSON_DEPTH + 1}: nested more than ${MAX_JSON_DEPTH} levels deep$`);
const shipped = () => JSON.stringify(shippedJson(), null, 2);
const cards = (n: number, choice: boolean) => (s: Record<string, any>) => {
  const card = s.events.find((e: { choice?: unknown }) => (choice ? e.choice : !e.choice));
  // Short texts, so 10,000 cards stay under the size limit and reach the schema.
  s.events = Array.from({ length: n }, (_, i) => ({ ...card, id: `card-${i}`, title: 'T', text: 'T' }));
};

export const HOSTILE_SCENARIOS: readonly HostileCase[] = [
  { name: 'arrays nested 100,000 deep', text: () => nested(100_000), expected: deep },
  { name: 'objects nested 20,000 deep, never closed', text: () => '{"a":'.repeat(20_000), expected: new RegExp(`^not accepted at line 1, column ${5 * MAX_JSON_DEPTH + 1}: nested more than`) },
  { name: 'deep nesting inside a community note', text: () => shipped().replace('"note": "', `"note": ${nested(500)}, "x": "`), expected: /^not accepted at line \d+, column \d+: nested more than 64 levels deep$/ },
  { name: 'brackets inside text do not count as nesting', text: scenarioWith((s) => (s.communities[0].note = '['.repeat(10_000))), expected: null },
  { name: 'more than 5 MB', text: scenarioWith((s) => (s.summary = 'x'.repeat(6 * 1024 * 1024))), expected: /^too large \(6\.\d MB; the limit is 5\.0 MB\)$/ },
  { name: 'cut off half-way', text: () => shipped().slice(0, 20_000), expected: /^not valid JSON at line \d+, column \d+: (the text ends before the JSON is complete|unfinished text \(a missing closing quote\?\))$/ },
  { name: 'empty', text: () => '', expected: /^not valid JSON: the file is empty$/ },
  { name: 'binary', text: () => '\u0000\u0001\u0002PK', expected: /^not valid JSON at line 1, column 1: unexpected character$/ },
  { name: 'a byte-order mark before the JSON', text: () => `\uFEFF${shipped()}`, expected: null },
  { name: 'a list of 2 million numbers for communities', text: scenarioWith((s) => (s.communities = new Array(2_000_000).fill(0))), expected: /^too large/ },
  { name: 'a list of 500,000 numbers for communities', text: scenarioWith((s) => (s.communities = new Array(500_000).fill(0))), expected: /^communities: expected at most 40 item\(s\)$/ },
  { name: '10,000 event cards', text: scenarioWith(cards(10_000, false), 0), expected: /^events: expected at most 200 item\(s\)$/ },
  { name: '2,000 choice events', text: scenarioWith(cards(2_000, true)), expected: /^events: expected at most 200 item\(s\)$/ },
  {
    name: '200 checks of 1,000 seeds',
    text: scenarioWith((s) => (s.checks = Array.from({ length: 200 }, (_, i) => ({ ...s.checks[0], id: `c-${i}`, seeds: 1000 })))),
    expected: /^checks(: expected at most 20 item\(s\)|\[0\]\.seeds: expected a number <= 200, got 1000)$/,
  },
  { name: 'a check of 1,000 seeds', text: scenarioWith((s) => (s.checks[0].seeds = 1000)), expected: /^checks\[0\]\.seeds: expected a number <= 200, got 1000$/ },
  {
    name: 'checks beyond the work budget',
    text: scenarioWith((s) => (s.checks = Array.from({ length: 20 }, (_, i) => ({ ...s.checks[0], id: `c-${i}`, seeds: 200 })))),
    expected: /^checks: the checks would take \d+ million units of simulation .* use about \d+% of the seeds, or fewer checks$/,
  },
  { name: '1,000 evidence notes', text: scenarioWith((s) => (s.evidence = Array.from({ length: 1000 }, (_, i) => ({ ...s.evidence[0], id: `e-${i}` })))), expected: /^evidence: expected at most 500 item\(s\)$/ },
  { name: 'a javascript: source address', text: scenarioWith((s) => (s.sources[0].url = 'javascript:alert(1)')), expected: /^sources\[0\]\.url: expected a web address starting with http:\/\/ or https:\/\/, got "javascript:alert\(1\)"$/ },
  { name: 'a data: source address', text: scenarioWith((s) => (s.sources[0].url = 'data:text/html,<script>alert(1)</script>')), expected: /^sources\[0\]\.url: expected a web address starting with http/ },
  { name: '__proto__ at the top', text: () => shipped().replace('{', '{"__proto__": {"polluted": true},'), expected: /^\(top level\): unknown field "__proto__"$/ },
  { name: '__proto__ in a community', text: () => shipped().replace('"id": "pichari",', '"__proto__": {"trust": 100}, "id": "pichari",'), expected: /^communities\[0\]: unknown field "__proto__"$/ },
  { name: 'constructor as an id', text: scenarioWith((s) => (s.communities.push({ ...s.communities[1], id: 'constructor', name: 'Constructor' }), s.evidence.push({ ...s.evidence[0], id: 'constructor' }), (s.checks = []))), expected: null },
  { name: 'a number too large for a double', text: () => shipped().replace(/"trust": \d+/, '"trust": 1e400'), expected: /^communities\[0\]\.trust: expected a number, got Infinity$/ },
  { name: 'a trust of 1e308', text: scenarioWith((s) => (s.communities[0].trust = 1e308)), expected: /^communities\[0\]\.trust: expected a number <= 100, got 1e\+308$/ },
  { name: 'a number as text', text: scenarioWith((s) => (s.calendar.turns = '20')), expected: /^calendar\.turns: expected a number, got "20"$/ },
  { name: '10,000 turns', text: scenarioWith((s) => (s.calendar.turns = 10_000)), expected: /^calendar\.turns: expected a number <= 200, got 10000$/ },
  { name: 'a duplicate community', text: scenarioWith((s) => s.communities.push({ ...s.communities[0] })), expected: /^communities\[8\]\.id: duplicate id "pichari"$/ },
  { name: 'an upper-case id', text: scenarioWith((s) => (s.communities[0].id = 'Pichari')), expected: /^communities\[0\]\.id: expected an id of lower-case letters/ },
  { name: 'right-to-left and formula names', text: scenarioWith((s) => ((s.communities[0].name = '\u202Eirahcip=cmd|calc'), (s.title = '=HYPERLINK("http://x","y")'))), expected: null },
  { name: 'an unknown event in a check', text: scenarioWith((s) => (s.events[0].evidence = ['nowhere'])), expected: /^events\[0\]\.evidence\[0\]: unknown evidence note "nowhere"$/ },
  // Second round: numbers that validated and then made NaN, ids on the object prototype, keys given twice, other encodings.
  { name: 'a household size of 1e308', text: scenarioWith((s) => (s.communities[0].householdSize = 1e308)), expected: /^communities\[0\]\.householdSize: expected a number <= 50, got 1e\+308$/ },
  { name: 'other income of 1e308', text: scenarioWith((s) => (s.communities[0].otherIncome = 1e308)), expected: /^communities\[0\]\.otherIncome: expected a number <= 10000000, got 1e\+308$/ },
  { name: 'donor funding of 1e308 a turn', text: scenarioWith((s) => (s.mechanisms['donor-pressure'].maxFundingPerTurn = 1e308)), expected: /^mechanisms\.donor-pressure\.maxFundingPerTurn: expected a number between -1000000000 and 1000000000, got 1e\+308$/ },
  { name: 'a budget of 1e308', text: scenarioWith((s) => (s.budget.perTurn = 1e308)), expected: /^budget\.perTurn: expected a number <= 1000000, got 1e\+308$/ },
  { name: 'a leaf price of 1e308', text: scenarioWith((s) => (s.economy.coca.pricePerKg = 1e308)), expected: /^economy\.coca\.pricePerKg: expected a number <= 100000, got 1e\+308$/ },
  { name: 'an event change of -1e308', text: scenarioWith((s) => (s.events[0].effects = [{ kind: 'community', metric: 'trust', change: -1e308 }])), expected: /^events\[0\]\.effects\[0\]\.change: expected a number between -1000000000 and 1000000000, got -1e\+308$/ },
  { name: 'a lever step of 5e-324', text: scenarioWith((s) => (s.levers[0].step = 5e-324)), expected: /^levers\[0\]\.step: expected a number >= 0\.001, got 5e-324$/ },
  {
    name: 'constructor as an event id',
    text: scenarioWith((s) => {
      const card = s.events.find((e: { id: string }) => e.id === 'donor-mission');
      card.id = 'constructor';
      for (const check of s.checks) for (const plan of [check.policy, check.than?.policy]) if (plan?.choices?.['donor-mission']) plan.choices.constructor = plan.choices['donor-mission'];
      s.translations = {};
    }),
    expected: null,
  },
  { name: 'toString as an id', text: scenarioWith((s) => (s.communities[0].id = 'toString')), expected: /^communities\[0\]\.id: expected an id of lower-case letters/ },
  { name: '__proto__ in a check\'s allocation', text: () => shipped().replace('"allocation": {', '"allocation": {"__proto__": {"x": 1}, '), expected: /^checks\[\d+\]\.(policy|than\.policy)\.allocation\.__proto__: "__proto__" is not accepted as a key$/ },
  { name: 'a key given twice', text: () => shipped().replace('"trust": ', '"trust": 5, "trust": '), expected: null, warning: /^line \d+, column \d+: communities\[0\]\.trust: duplicate key "trust"; the last one counts$/ },
  { name: 'UTF-16 with a byte-order mark', text: () => encoded(shipped(), 'utf16le', true), expected: /^not valid JSON: the file is encoded in UTF-16; save it as UTF-8$/ },
  { name: 'UTF-16 little-endian without one', text: () => encoded(shipped(), 'utf16le', false), expected: /^not valid JSON: the file is encoded in UTF-16 \(little-endian\); save it as UTF-8$/ },
  { name: 'UTF-16 big-endian without one', text: () => encoded(shipped(), 'utf16be', false), expected: /^not valid JSON: the file is encoded in UTF-16 \(big-endian\); save it as UTF-8$/ },
  { name: 'UTF-32 with a byte-order mark', text: () => encoded(shipped(), 'utf32le', true), expected: /^not valid JSON: the file is encoded in UTF-32 \(little-endian\); save it as UTF-8$/ },
];

const replayText = (edit: (r: Record<string, any>) => void = () => {}) => () => {
  const r = JSON.parse(JSON.stringify(shippedReplay())) as Record<string, any>;
  edit(r);
  return JSON.stringify(r);
};

export const HOSTILE_REPLAYS: readonly HostileCase[] = [
  { name: 'a replay as written', text: replayText(), expected: null },
  { name: 'a byte-order mark before the replay', text: () => `\uFEFF${replayText()()}`, expected: null },
  { name: 'arrays nested 100,000 deep', text: () => nested(100_000), expected: deep },
  { name: 'deep nesting in the decisions', text: () => replayText()().replace('"decisions":', `"decisions":${nested(100)},"x":`), expected: /nested more than 64 levels deep$/ },
  { name: 'cut off half-way', text: () => replayText()().slice(0, 30_000), expected: /^not valid JSON at line 1, column \d+: / },
  { name: 'more than 5 MB', text: replayText((r) => (r.player = 'x'.repeat(6 * 1024 * 1024))), expected: /^too large \(6\.\d MB; the limit is 5\.0 MB\)$/ },
  { name: 'not a replay', text: () => shipped(), expected: /^not a Between Two Fires replay/ },
  { name: 'a future format version', text: replayText((r) => (r.formatVersion = 99)), expected: /^replay format version 99 is not supported/ },
  { name: '__proto__ at the top', text: () => replayText()().replace('{', '{"__proto__":{"finished":true},'), expected: /^not a valid replay: \(top level\): unknown field "__proto__"$/ },
  { name: 'a player name of 10,000 characters', text: replayText((r) => (r.player = 'x'.repeat(10_000))), expected: /^not a valid replay: player: expected at most 200 characters$/ },
  { name: 'more turns than the scenario has', text: replayText((r) => r.turns.push(...r.turns)), expected: /^it records 40 turns but the scenario has 20$/ },
  { name: 'an altered embedded scenario with the old hash', text: replayText((r) => (r.scenario.content.communities[0].trust = 95)), expected: /^its embedded scenario does not match the scenario hash it records/ },
  { name: 'an embedded scenario that is not valid', text: replayText((r) => (r.scenario.content.calendar.turns = -1)), expected: /^its embedded scenario is not valid: calendar\.turns: expected a number >= 1, got -1$/ },
  { name: 'a bad hash', text: replayText((r) => (r.initialHash = 'zz')), expected: /^not a valid replay: initialHash: expected 16 hexadecimal digits/ },
  { name: 'an easier scenario under the shipped id, hashes re-recorded', text: () => JSON.stringify(forgedEasierReplay()), expected: /^scenario modified from the shipped vraem-2012$/ },
  { name: 'a per-turn summary claiming trust 99', text: replayText((r) => (r.turns[3].summary.meanTrust = 99)), expected: /^does not verify at turn 4: the file says something else than the game: turns\[3\]\.summary\.meanTrust: 99 recorded, [\d.]+ re-simulated$/ },
  { name: 'a per-turn summary claiming 1e308 hectares', text: replayText((r) => (r.turns[0].summary.cocaHectares = 1e308)), expected: /^does not verify at turn 1: .*turns\[0\]\.summary\.cocaHectares: 1e\+308 recorded, \d+ re-simulated$/ },
  { name: 'an event that did not happen', text: replayText((r) => r.turns[5].events.push('commanders-killed')), expected: /^does not verify at turn 6: .*turns\[5\]\.events\[\d+\]: "commanders-killed" recorded, nothing re-simulated$/ },
  { name: 'an assessment rated better', text: replayText((r) => (r.assessment[0] = { ...r.assessment[0], value: 99, rating: 'good' })), expected: /^does not verify at turn 0: .*assessment\[0\]\.(value|rating): .* recorded, .* re-simulated$/ },
  { name: 'an unfinished game claiming to be finished', text: replayText((r) => (r.finished = !r.finished)), expected: /^does not verify at turn 0: the file says something else than the game: finished: (true|false) recorded, (true|false) re-simulated$/ },
  { name: 'a game cut to 10 turns, end-of-game fields left in place', text: replayText((r) => r.turns.splice(10)), expected: /^does not verify at turn 0: the file says something else than the game: finished: true recorded, false re-simulated; unfinished \(10 of 20 turns\)$/ },
  { name: 'a game honestly left at turn 10', text: () => JSON.stringify(shippedReplay('7', 10)), expected: /^unfinished \(10 of 20 turns\)$/ },
  { name: 'a decision given twice', text: () => replayText()().replace('"decisions":{', '"decisions":{"levers":{},'), expected: null, warning: /^line 1, column \d+: turns\[0\]\.decisions\.levers: duplicate key "levers"; the last one counts$/ },
  { name: 'an allocation weight of 1e308 in a decision', text: replayText((r) => (r.turns[2].decisions.allocation = { pichari: 1e308, kimbiri: 1e308 })), expected: /^does not verify at turn 3: the engine refuses the recorded decisions: allocation\.pichari: expected a weight between 0 and 1000000, got 1e\+308$/ },
  { name: 'a community "constructor" in a decision', text: replayText((r) => (r.turns[2].decisions.allocation = { constructor: 1 })), expected: /^does not verify at turn 3: the engine refuses the recorded decisions: allocation\.constructor: unknown community "constructor"$/ },
  { name: 'a look-alike scenario under an id of its own, hashes re-recorded', text: () => JSON.stringify(forgedEasierReplay('vraem-2012-revised')), expected: null },
  { name: 'UTF-16 with a byte-order mark', text: () => encoded(replayText()(), 'utf16le', true), expected: /^not valid JSON: the file is encoded in UTF-16; save it as UTF-8$/ },
];

const policyText = (policy: Record<string, unknown>) => () => JSON.stringify({ name: 'p', description: 'p', levers: { developmentFunding: 40 }, ...policy });

/** Policies for the shipped scenario, refused with their message or accepted (and then played to a finite end). */
export const HOSTILE_POLICIES: readonly HostileCase[] = [
  { name: 'allocation weights of 1e308', text: policyText({ allocation: { pichari: 1e308, kimbiri: 1e308 } }), expected: /^allocation\.pichari: expected a number <= 1000000, got 1e\+308$/ },
  { name: 'the largest allocation weights', text: policyText({ allocation: { pichari: 1_000_000, kimbiri: 1_000_000, huanta: 5e-324 } }), expected: null },
  { name: 'toString in an allocation', text: policyText({ allocation: { toString: 1 } }), expected: /^allocation\.toString: unknown community "toString"$/ },
  { name: '__proto__ in an allocation', text: () => policyText({})().replace('"levers":', '"allocation":{"__proto__":{"pichari":9},"kimbiri":1},"levers":'), expected: /^allocation\.__proto__: "__proto__" is not accepted as a key$/ },
  { name: '__proto__ in the levers', text: () => policyText({})().replace('"levers":{', '"levers":{"__proto__":{"eradicationPace":100},'), expected: /^levers\.__proto__: "__proto__" is not accepted as a key$/ },
  { name: 'constructor as an answered event', text: policyText({ choices: { rule: 'first', byEvent: { constructor: 'a' } } }), expected: /^choices\.byEvent\.constructor: no choice event "constructor" in this scenario$/ },
  { name: 'a lever given twice', text: () => policyText({})().replace('"levers":{', '"levers":{"developmentFunding":500,'), expected: null, warning: /^line 1, column \d+: levers\.developmentFunding: duplicate key "developmentFunding"; the last one counts$/ },
  { name: 'a name with escape sequences and a line break', text: policyText({ name: '\u001b[31mred\u001b]0;pwned\u0007\nsecond line' }), expected: null },
];

/** The largest scenario files the schema and the validator's work budget accept. */
export const WORST_ACCEPTED = [
  { name: 'the largest accepted scenario, rare events', json: () => worstAcceptedScenario() },
  { name: 'the largest accepted scenario, every global event firing', json: () => worstAcceptedScenario({ scope: 'global', probability: 1, effects: 8, checks: false }) },
  { name: 'the largest accepted scenario, every community event firing', json: () => worstAcceptedScenario({ scope: 'community', probability: 1, effects: 8, checks: false }) },
];
