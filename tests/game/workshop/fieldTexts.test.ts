import { describe, expect, it } from 'vitest';
import { Scenario } from '../../../src/scenario/schema.ts';
import { formSpec, type FieldSpec } from '../../../src/game/workshop/formSpec.ts';
import { FIELD_TEXTS, fieldKey, fieldHelp, fieldLabel, type FieldText } from '../../../src/game/workshop/fieldTexts.ts';
import { VARIANT_HELP_ES } from '../../../src/game/workshop/fieldTexts.es.ts';

/** Every place the workshop can show a field: each object field (with a label), and each item of a list that is a single value (help only). */
function shownFields(spec: FieldSpec, key: string, found: Map<string, { label: boolean; help: boolean }>, depth = 0): Map<string, { label: boolean; help: boolean }> {
  if (depth > 40) return found;
  const note = (at: string, label: boolean, help: string) => {
    const known = found.get(at) ?? { label: false, help: false };
    found.set(at, { label: known.label || label, help: known.help || help !== '' });
  };
  switch (spec.kind) {
    case 'object':
      for (const f of spec.fields) {
        const at = key ? `${key}.${f.key}` : f.key;
        note(at, true, f.spec.help);
        shownFields(f.spec, at, found, depth + 1);
      }
      break;
    case 'array':
      // An item shows its help unless it opens as a group of fields of its own.
      if (spec.item.kind === 'union' ? spec.item.variants.every((v) => v.kind !== 'object') : spec.item.kind !== 'object' && spec.item.kind !== 'array') note(`${key}[]`, false, spec.item.help);
      shownFields(spec.item, `${key}[]`, found, depth + 1);
      break;
    case 'tuple':
      for (const item of spec.items) {
        note(`${key}[]`, false, item.help);
        shownFields(item, `${key}[]`, found, depth + 1);
      }
      break;
    case 'record':
      shownFields(spec.value, `${key}.*`, found, depth + 1);
      break;
    case 'union':
      for (const variant of spec.variants) shownFields(variant, key, found, depth + 1);
      break;
  }
  return found;
}

const shown = shownFields(formSpec(Scenario), '', new Map());

/** The English helps each field has, one per kind of the condition or effect it belongs to. */
function helpsByField(spec: FieldSpec, key: string, found: Map<string, Set<string>>, depth = 0): Map<string, Set<string>> {
  if (depth > 40) return found;
  if (spec.kind === 'object')
    for (const f of spec.fields) {
      const at = key ? `${key}.${f.key}` : f.key;
      found.set(at, (found.get(at) ?? new Set()).add(f.spec.help));
      helpsByField(f.spec, at, found, depth + 1);
    }
  else if (spec.kind === 'array') helpsByField(spec.item, `${key}[]`, found, depth + 1);
  else if (spec.kind === 'tuple') spec.items.forEach((item) => helpsByField(item, `${key}[]`, found, depth + 1));
  else if (spec.kind === 'record') helpsByField(spec.value, `${key}.*`, found, depth + 1);
  else if (spec.kind === 'union') spec.variants.forEach((variant) => helpsByField(variant, key, found, depth + 1));
  return found;
}
const varying = [...helpsByField(formSpec(Scenario), '', new Map()).values()].filter((helps) => helps.size > 1).flatMap((helps) => [...helps]);

/** What a table of texts lacks for the fields the workshop shows. */
function missing(texts: Readonly<Record<string, FieldText | undefined>>): string[] {
  const gaps: string[] = [];
  for (const [key, need] of shown) {
    const text = texts[key];
    if (need.label && !text?.en.trim()) gaps.push(`${key}: English label`);
    if (need.label && !text?.es.trim()) gaps.push(`${key}: Spanish label`);
    if (need.help && !text?.helpEs.trim()) gaps.push(`${key}: Spanish help`);
  }
  return gaps;
}

describe('fieldTexts', () => {
  it('walks the whole schema, down to mechanism parameters and event effects', () => {
    expect(shown.size).toBeGreaterThan(300);
    expect(shown.get('mechanisms.livelihood.dayWage')).toEqual({ label: true, help: true });
    expect(shown.get('events[].choice.options[].effects[].factor')).toEqual({ label: true, help: true });
    expect(shown.get('advisers[].lines[].when[]')).toEqual({ label: false, help: true });
  });

  it('gives every field the workshop shows an English label, a Spanish label and Spanish help', () => {
    expect(missing(FIELD_TEXTS)).toEqual([]);
  });

  it('notices a field whose texts are taken out', () => {
    const { 'communities[].cocaHectares': _gone, ...rest } = FIELD_TEXTS;
    expect(missing(rest)).toEqual(['communities[].cocaHectares: English label', 'communities[].cocaHectares: Spanish label', 'communities[].cocaHectares: Spanish help']);
    const noHelp = { ...FIELD_TEXTS, 'advisers[].lines[].when[]': { en: '', es: '', helpEs: '' } };
    expect(missing(noHelp)).toEqual(['advisers[].lines[].when[]: Spanish help']);
  });

  it('has no texts for fields the schema does not have (a renamed or misspelt key)', () => {
    expect(Object.keys(FIELD_TEXTS).filter((key) => !shown.has(key))).toEqual([]);
  });

  it('keys a value by its place with list positions generalised, as the form computes it', () => {
    expect(fieldKey(['communities', 3, 'cocaHectares'])).toBe('communities[].cocaHectares');
    expect(fieldKey(['mechanisms', 'livelihood', 'dayWage'])).toBe('mechanisms.livelihood.dayWage');
    expect(fieldKey(['history', 0, 'points', 2, 'range', 1])).toBe('history[].points[].range[]');
    expect(fieldLabel(['communities', 0, 'cocaHectares'], 'es')).toBe('Hectáreas de coca');
    expect(fieldLabel(['communities', 0, 'cocaHectares'], 'en')).toBe('Coca hectares');
    expect(fieldHelp(['communities', 0, 'trust'], 'es', 'Trust in the state (0–100).')).toBe('Confianza en el Estado (0–100).');
    expect(fieldHelp(['communities', 0, 'trust'], 'en', 'Trust in the state (0–100).')).toBe('Trust in the state (0–100).');
  });

  it('gives a field whose help changes with the kind of its condition or effect a Spanish help for each kind', () => {
    expect(varying.length).toBeGreaterThan(10);
    expect(varying.filter((english) => !VARIANT_HELP_ES[english])).toEqual([]);
    expect(Object.keys(VARIANT_HELP_ES).filter((english) => !varying.includes(english))).toEqual([]);
    expect(fieldHelp(['events', 0, 'conditions', 0, 'metric'], 'es', 'A region-wide metric: clanStrength (0–100) or donorFunding (million soles per turn).')).toBe('Una métrica de toda la región: clanStrength (0–100) o donorFunding (millones de soles por turno).');
  });

  it('writes the Spanish help in Spanish, not a copy of the English', () => {
    const copies = [...shown.keys()].filter((key) => {
      const text = FIELD_TEXTS[key];
      return text && text.helpEs && text.helpEs === text.en;
    });
    expect(copies).toEqual([]);
  });
});
