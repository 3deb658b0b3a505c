/** Loads a policy and checks it against a scenario: lever ids, ranges, community ids, turn ranges, event and option ids. */
import { eventById } from '../engine/index.ts';
import { formatIssues } from '../scenario/issues.ts';
import { parseJsonText, prototypeKeys, type Parsed } from '../scenario/json.ts';
import type { Scenario } from '../scenario/schema.ts';
import { Policy } from './schema.ts';

function checkLevers(scenario: Scenario, levers: Record<string, number> | undefined, path: string, errors: string[]): void {
  for (const [id, value] of Object.entries(levers ?? {})) {
    const def = scenario.levers.find((l) => l.id === id);
    if (!def) errors.push(`${path}.${id}: unknown lever "${id}" (this scenario has ${scenario.levers.map((l) => l.id).join(', ')})`);
    else if (value < def.min || value > def.max) errors.push(`${path}.${id}: expected a number between ${def.min} and ${def.max}, got ${value}`);
  }
}

function checkAllocation(scenario: Scenario, allocation: Record<string, number> | undefined, path: string, errors: string[]): void {
  for (const id of Object.keys(allocation ?? {})) {
    if (!scenario.communities.some((c) => c.id === id)) errors.push(`${path}.${id}: unknown community "${id}"`);
  }
}

export function parsePolicy(raw: unknown, scenario: Scenario): Parsed<Policy> {
  const result = Policy.safeParse(raw, { reportInput: true });
  if (!result.success) return { ok: false, errors: formatIssues(result.error) };
  const policy = result.data;
  const errors: string[] = prototypeKeys(raw);
  if (policy.scenario !== undefined && policy.scenario !== scenario.id) {
    errors.push(`scenario: this policy follows scenario "${policy.scenario}", not "${scenario.id}"`);
  }
  checkLevers(scenario, policy.levers, 'levers', errors);
  checkAllocation(scenario, policy.allocation, 'allocation', errors);
  policy.turns.forEach((range, i) => {
    if (range.to < range.from) errors.push(`turns[${i}].to: ${range.to} is before from (${range.from})`);
    if (range.from > scenario.calendar.turns) errors.push(`turns[${i}].from: ${range.from} is after the last turn (${scenario.calendar.turns})`);
    checkLevers(scenario, range.levers, `turns[${i}].levers`, errors);
    checkAllocation(scenario, range.allocation, `turns[${i}].allocation`, errors);
  });
  for (const [eventId, optionId] of Object.entries(policy.choices.byEvent)) {
    const event = eventById(scenario, eventId);
    if (!event?.choice) errors.push(`choices.byEvent.${eventId}: no choice event "${eventId}" in this scenario`);
    else if (!event.choice.options.some((o) => o.id === optionId)) {
      errors.push(`choices.byEvent.${eventId}: expected one of ${event.choice.options.map((o) => `"${o.id}"`).join(', ')}, got "${optionId}"`);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: policy };
}

/** A policy from a file's text; a valid one carries the text's warnings (duplicate keys). */
export function parsePolicyText(text: string, scenario: Scenario): Parsed<Policy> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const parsed = parsePolicy(json.value, scenario);
  return parsed.ok && json.warnings ? { ...parsed, warnings: json.warnings } : parsed;
}
