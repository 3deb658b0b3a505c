// The mistakes authors make, each pinned to the message that tells them where and what.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/authoring/validateFile.ts';

const original = readFileSync('scenarios/classroom-short.json', 'utf8');

type Mutation = (s: Record<string, any>) => void;

const corpus: [string, Mutation, string][] = [
  ['a negative hectare count', (s) => (s.communities[1].cocaHectares = -5), 'communities[1].cocaHectares: expected a number >= 0, got -5'],
  ['a zone that does not exist', (s) => (s.communities[0].zone = 'desert'), 'communities[0].zone: expected one of "jungle", "highland", got "desert"'],
  ['a missing field', (s) => delete s.calendar.turns, 'calendar.turns: missing (expected a number)'],
  ['a misspelt field', (s) => (s.communities[2].populaton = 10), 'communities[2]: unknown field "populaton"'],
  ['a text where a number belongs', (s) => (s.budget.perTurn = '120'), 'budget.perTurn: expected a number, got "120"'],
  ['a bad id', (s) => (s.id = 'My Valley'), 'id: expected an id of lower-case letters, digits and dashes, such as "pichari", got "My Valley"'],
  ['a duplicate community id', (s) => (s.communities[1].id = s.communities[0].id), 'communities[1].id: duplicate id "pichari"'],
  ['an unknown evidence note', (s) => (s.events[0].evidence = ['nowhere']), 'events[0].evidence[0]: unknown evidence note "nowhere"'],
  ['an unknown source', (s) => (s.evidence[0].source = 'rumour'), 'evidence[0].source: unknown source "rumour"'],
  ['a probability above 1', (s) => (s.events[0].probability = 1.5), 'events[0].probability: expected a number <= 1, got 1.5'],
  ['an effect of an unknown kind', (s) => (s.events[0].effects = [{ kind: 'miracle' }]), 'events[0].effects[0].kind: unknown or missing "kind", got "miracle"'],
  ['an unknown metric in a condition', (s) => (s.events[1].conditions = [{ kind: 'community', metric: 'happiness', op: '>', value: 1 }]), 'events[1].conditions[0].metric: expected one of'],
  ['a default outside the lever\'s range', (s) => (s.levers[0].default = 150), 'levers[0].default: must lie between min (0) and max (100), got 150'],
  ['a community off the map', (s) => (s.communities[0].position = { x: 5000, y: 10 }), 'communities[0].position: (5000, 10) lies outside the map (1000 × 600)'],
  ['a stale calibration note', (s) => (s.calibration[0].value = 1), 'calibration[0].value: says 1 but'],
  ['a condition that can never hold', (s) => (s.events[1].conditions = [{ kind: 'community', metric: 'trust', op: '>', value: 120 }]), 'events[1].conditions[0]: trust > 120 can never hold'],
  [
    'levers the budget cannot pay for',
    (s) => {
      s.budget.perTurn = 5;
      s.calibration = s.calibration.filter((c: { path: string }) => c.path !== 'budget.perTurn');
    },
    'levers: the levers\' default values cost',
  ],
  ['an evidence note without a grade', (s) => delete s.evidence[2].grade, 'evidence[2].grade: expected one of "stated", "inferred", "external", "assumption", got nothing'],
  ['an evidence grade that does not exist', (s) => (s.evidence[0].grade = 'likely'), 'evidence[0].grade: expected one of "stated", "inferred", "external", "assumption", got "likely"'],
  ['an assumption without its reason', (s) => (s.evidence[1].grade = 'assumption'), 'evidence[1].reason: an assumption must give the reason'],
  [
    'an external figure without a citation',
    (s) => {
      s.sources.push({ id: 'hearsay', author: 'A ministry', title: 'Coca figures', publication: 'Somewhere', date: 'undated' });
      s.evidence[0].source = 'hearsay';
      s.evidence[0].grade = 'external';
    },
    'evidence[0].source: an external figure needs a full citation, but source "hearsay" gives no year',
  ],
  ['a calibration figure without its evidence', (s) => (s.calibration[0].evidence = undefined), 'calibration[0].evidence: a "stated" figure must name the evidence note'],
  ['a calibration grade that does not match its note', (s) => (s.calibration[0].grade = 'external'), 'calibration[0].grade: "external" does not match the grade of evidence note'],
  ['a timeline entry without a date', (s) => delete s.timeline[0].date, 'timeline[0].date: missing'],
  ['a timeline entry without a source', (s) => delete s.timeline[0].source, 'timeline[0].source: missing'],
  ['a timeline entry with a malformed date', (s) => (s.timeline[0].date = 'August 2013'), 'timeline[0].date: expected a date such as'],
  ['a placeholder the loader does not know', (s) => (s.assessment[2].description = 'Change since {start}.'), 'assessment[2].description: unknown placeholder {start}'],
  ['a timeline out of order', (s) => (s.timeline[1].date = '1990'), 'timeline[1].date: 1990 comes before the previous entry'],
  ['a check after the last turn', (s) => (s.checks[0].turn = 30), 'checks[0].turn: turn 30 is after the last turn (8)'],
  ['a history figure with both a value and a range', (s) => (s.history = [series({ value: 100, range: [90, 110] })]), 'history[0].points[1]: give either a value or a range, not both'],
  ['a history figure from an unknown source', (s) => (s.history = [series({ value: 100, source: 'rumour' })]), 'history[0].points[1].source: unknown source "rumour"'],
  ['a history range upside down', (s) => (s.history = [series({ range: [110, 90] })]), 'history[0].points[1].range: the low end (110) is above the high end (90)'],
  ['history figures out of order', (s) => (s.history = [series({ value: 100, year: 2011 })]), 'history[0].points[1].year: 2011 does not come after the previous figure\'s 2012'],
];

/** A history series of two figures, the second one changed. */
function series(second: Record<string, unknown>): Record<string, unknown> {
  const point = { year: 2012, value: 100, source: 'zech-2014', locator: 'table 1', grade: 'stated', checked: true };
  return { id: 'coca', measure: 'cocaHectares', unit: 'hectares', compare: 'level', note: 'n', points: [point, { ...point, year: 2013, value: undefined, ...second }] };
}

describe('broken scenarios', () => {
  for (const [what, mutate, message] of corpus) {
    it(`names the place and the problem for ${what}`, () => {
      const scenario = JSON.parse(original);
      mutate(scenario);
      const text = JSON.stringify(scenario, null, 2);
      const report = validateScenarioText(text, { seeds: 2 });
      const errors = report.findings.filter((f) => f.level === 'error').map((f) => `${f.path}: ${f.message}`);
      expect(errors.some((e) => e.startsWith(message)), errors.join('\n')).toBe(true);
      expect(report.findings.every((f) => f.level !== 'error' || f.line !== null)).toBe(true);
    });
  }

  it('says where a file that is not JSON stops', () => {
    const report = validateScenarioText(original.slice(0, 400));
    expect(report.findings[0]!.message).toMatch(/^not valid JSON at line \d+, column \d+: /);
  });
});
