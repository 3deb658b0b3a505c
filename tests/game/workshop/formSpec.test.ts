import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Scenario } from '../../../src/scenario/schema.ts';
import { blankValue, formSpec, specAt } from '../../../src/game/workshop/formSpec.ts';

const root = formSpec(Scenario);
const file = JSON.parse(readFileSync('scenarios/classroom-short.json', 'utf8'));

describe('formSpec', () => {
  it('reads the scenario as an object with the schema\'s top-level fields in order', () => {
    expect(root.kind).toBe('object');
    if (root.kind !== 'object') return;
    expect(root.fields.map((f) => f.key).slice(0, 4)).toEqual(['$schema', 'id', 'version', 'title']);
    expect(root.fields.find((f) => f.key === 'events')?.optional).toBe(true);
    expect(root.fields.find((f) => f.key === 'title')?.optional).toBe(false);
  });

  it('gives a number its limits, whether it is whole, and its help text', () => {
    expect(specAt(root, ['communities', 0, 'population'], file)).toEqual({ kind: 'number', help: 'Inhabitants (at most 10 million).', min: 1, max: 10_000_000, integer: true });
    const road = specAt(root, ['communities', 0, 'roadAccess'], file);
    expect(road).toMatchObject({ kind: 'number', min: 0, max: 1, integer: false });
  });

  it('reads enums, arrays with their limits, records and mechanism parameters', () => {
    expect(specAt(root, ['communities', 0, 'zone'], file)).toMatchObject({ kind: 'enum', options: ['jungle', 'highland'] });
    expect(specAt(root, ['events'], file)).toMatchObject({ kind: 'array', max: 200 });
    expect(specAt(root, ['translations'], file)).toMatchObject({ kind: 'record' });
    expect(specAt(root, ['mechanisms', 'livelihood', 'dayWage'], file)).toMatchObject({ kind: 'number', min: 0, max: 1000 });
  });

  it('picks the variant of a union an effect belongs to', () => {
    const effect = { kind: 'price', price: 'coca', factor: 0.7, turns: 2 };
    const value = { events: [{ effects: [effect] }] };
    const spec = specAt(root, ['events', 0, 'effects', 0], value);
    expect(spec?.kind).toBe('object');
    if (spec?.kind === 'object') expect(spec.fields.map((f) => f.key)).toEqual(['kind', 'price', 'factor', 'turns']);
    expect(specAt(root, ['events', 0, 'effects', 0, 'factor'], value)).toMatchObject({ kind: 'number', max: 10 });
  });

  it('builds a blank event card with every required field', () => {
    const events = specAt(root, ['events'], file);
    if (events?.kind !== 'array') throw new Error('events is not an array');
    const card = blankValue(events.item) as Record<string, unknown>;
    expect(Object.keys(card)).toEqual(['id', 'title', 'text', 'evidence', 'scope', 'probability']);
    expect(card.evidence).toEqual(['']);
  });
});
