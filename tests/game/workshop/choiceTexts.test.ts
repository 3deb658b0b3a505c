import { describe, expect, it } from 'vitest';
import { Scenario } from '../../../src/scenario/schema.ts';
import { formSpec, type FieldSpec } from '../../../src/game/workshop/formSpec.ts';
import { choiceLabel, choiceText } from '../../../src/game/workshop/choiceTexts.ts';

/** Every value a workshop field offers as a choice: enum options, and the kinds a union's members are told apart by. */
function choices(spec: FieldSpec, found = new Set<string>(), depth = 0): Set<string> {
  if (depth > 40) return found;
  switch (spec.kind) {
    case 'enum':
      spec.options.forEach((o) => found.add(o));
      break;
    case 'union':
      for (const variant of spec.variants) {
        if (variant.kind === 'object') variant.fields.forEach((f) => f.spec.kind === 'literal' && typeof f.spec.value === 'string' && found.add(f.spec.value));
        choices(variant, found, depth + 1);
      }
      break;
    case 'object':
      spec.fields.forEach((f) => choices(f.spec, found, depth + 1));
      break;
    case 'array':
      choices(spec.item, found, depth + 1);
      break;
    case 'tuple':
      spec.items.forEach((i) => choices(i, found, depth + 1));
      break;
    case 'record':
      choices(spec.value, found, depth + 1);
      break;
  }
  return found;
}

const offered = choices(formSpec(Scenario));

describe('choiceTexts', () => {
  it('walks every choice the schema offers, down to conditions and event effects', () => {
    expect(offered.size).toBeGreaterThan(80);
    for (const value of ['jungle', 'assumption', 'raised-eradicationPace', '>=', 'meanIncome']) expect(offered).toContain(value);
  });

  it('names every choice in English and in Spanish', () => {
    const missing = [...offered].flatMap((value) => (['en', 'es'] as const).filter((lang) => !choiceLabel(value, lang)?.trim()).map((lang) => `${value}: ${lang}`));
    expect(missing).toEqual([]);
  });

  it('shows the name in the page\'s language with the value the file holds beside it', () => {
    expect(choiceText('jungle', 'es')).toBe('fondo de valle selvático (jungle)');
    expect(choiceText('trust', 'en')).toBe('trust');
    expect(choiceText('unheard-of', 'es')).toBe('unheard-of');
  });
});
