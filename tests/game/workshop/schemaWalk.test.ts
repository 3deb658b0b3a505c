import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario } from '../../../src/scenario/schema.ts';
import { newItem, starting, walk, type Field } from '../../../src/game/workshop/schemaWalk.ts';

const template = JSON.parse(readFileSync('src/game/workshop/template.json', 'utf8'));
const form = walk(Scenario, template);

function find(field: Field, where: string): Field | undefined {
  if (field.where === where) return field;
  const children = field.kind === 'object' ? field.fields : field.kind === 'list' ? field.items : field.kind === 'map' ? field.entries : field.kind === 'variants' ? [field.field] : [];
  for (const child of children) {
    const found = find(child, where);
    if (found) return found;
  }
  return undefined;
}

describe('the form read from the schema', () => {
  it('gives a number its bounds and the schema\'s help', () => {
    const trust = find(form, 'communities[0].trust');
    expect(trust).toMatchObject({ kind: 'number', min: 0, max: 100, integer: false, value: template.communities[0].trust });
    expect(trust!.help).toMatch(/Trust in the state/);
    expect(find(form, 'communities[1].population')).toMatchObject({ kind: 'number', min: 1, max: 10_000_000, integer: true });
  });

  it('offers an enum as a choice and a list with its bounds', () => {
    expect(find(form, 'communities[2].zone')).toMatchObject({ kind: 'choice', options: ['jungle', 'highland'] });
    const communities = find(form, 'communities');
    expect(communities).toMatchObject({ kind: 'list', min: 1, max: 40 });
    expect(communities!.kind === 'list' && communities!.items).toHaveLength(3);
  });

  it('marks a field left out as absent, to be added, and a present optional one as removable', () => {
    const withoutNote = structuredClone(template);
    delete withoutNote.communities[0].note;
    expect(find(walk(Scenario, withoutNote), 'communities[0].note')).toMatchObject({ kind: 'absent', optional: true });
    withoutNote.communities[0].note = 'x';
    expect(find(walk(Scenario, withoutNote), 'communities[0].note')).toMatchObject({ kind: 'text', optional: true });
  });

  it('picks an event effect\'s variant by its kind and walks that variant\'s fields', () => {
    const effect = find(form, 'events[0].effects[0]');
    expect(effect?.kind).toBe('variants');
    if (effect?.kind !== 'variants') return;
    expect(effect.labels[effect.chosen]).toBe(template.events[0].effects[0].kind);
    expect(effect.field.kind).toBe('object');
  });

  it('starts a new community with every required field, and a new event as a copy under a fresh id', () => {
    const community = starting(Scenario.shape.communities.element) as Record<string, unknown>;
    expect(Object.keys(community)).toEqual(expect.arrayContaining(['id', 'name', 'zone', 'position', 'population', 'trust']));
    expect(community['population']).toBe(1);
    const event = newItem(Scenario.shape.events.unwrap().element, template.events, 'event') as { id: string; title: string };
    expect(event.id).toBe('event-1');
    expect(event.title).toBe(template.events[template.events.length - 1].title);
  });
});
