import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO_ID, defaultScenario } from '../../src/game/scenarios.ts';
import { loadScenario } from '../engine/helpers.ts';

const vraem = loadScenario('scenarios/vraem-2012.json');
const classroom = loadScenario('scenarios/classroom-short.json');
const huallaga = loadScenario('scenarios/upper-huallaga-2005.json');

describe('the scenario the title screen opens on', () => {
  it('is the VRAEM in English, whatever the order of the files', () => {
    expect(vraem.id).toBe(DEFAULT_SCENARIO_ID);
    expect(defaultScenario([classroom, huallaga, vraem], 'en')).toBe(vraem);
  });

  it('is one the player can read: in Spanish, the VRAEM once it is translated, a translated one before', () => {
    const spanish = (s: typeof vraem) => s.translations.es?.['title'] !== undefined;
    const expected = spanish(vraem) ? vraem : [classroom, huallaga].find(spanish);
    expect(expected).toBeDefined();
    expect(defaultScenario([classroom, huallaga, vraem], 'es')).toBe(expected);
    const translatedVraem = { ...vraem, translations: { ...vraem.translations, es: { ...vraem.translations.es, title: 'Entre dos fuegos: el VRAEM' } } };
    expect(defaultScenario([classroom, huallaga, translatedVraem], 'es')).toBe(translatedVraem);
    // Nothing in the language: the VRAEM still.
    const untranslated = (s: typeof vraem): typeof vraem => ({ ...s, translations: {} });
    const plainVraem = untranslated(vraem);
    expect(defaultScenario([untranslated(huallaga), plainVraem], 'es')).toBe(plainVraem);
  });
});
