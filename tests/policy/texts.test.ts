// A policy's name and description in the player's language: shipped reference policies speak Spanish on the end screen.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Policy } from '../../src/policy/schema.ts';
import { policyTexts } from '../../src/policy/texts.ts';

const shipped = readdirSync('policies')
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, policy: Policy.parse(JSON.parse(readFileSync(`policies/${file}`, 'utf8'))) }));

describe('policy texts', () => {
  it('gives the translation where the file has one, English otherwise', () => {
    const policy = Policy.parse({ name: 'Hold', description: 'Keep the levers.', levers: {}, translations: { es: { name: 'Mantener' } } });
    expect(policyTexts(policy, 'es')).toEqual({ name: 'Mantener', description: 'Keep the levers.' });
    expect(policyTexts(policy, 'en')).toEqual({ name: 'Hold', description: 'Keep the levers.' });
    expect(policyTexts({ ...policy, translations: undefined }, 'es').name).toBe('Hold');
  });

  it('refuses a language the game does not speak and an unknown text, naming the place', () => {
    const language = Policy.safeParse({ name: 'x', description: 'y', levers: {}, translations: { fr: { name: 'z' } } });
    expect(language.success).toBe(false);
    expect(JSON.stringify(language.error?.issues[0]?.path)).toContain('translations');
    const field = Policy.safeParse({ name: 'x', description: 'y', levers: {}, translations: { es: { note: 'z' } } });
    expect(field.success).toBe(false);
  });

  it('has Spanish for every policy the end screen can compare a run with', () => {
    const compared = ['historical.json', 'historical-classroom-short.json', 'status-quo.json'];
    for (const { file, policy } of shipped.filter((p) => compared.includes(p.file))) {
      const spanish = policyTexts(policy, 'es');
      expect(spanish.name, file).not.toBe(policy.name);
      expect(spanish.description, file).not.toBe(policy.description);
    }
    expect(shipped.filter((p) => compared.includes(p.file))).toHaveLength(compared.length);
  });
});
