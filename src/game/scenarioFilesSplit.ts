/**
 * The bundled scenario files as the hosted build carries them (vite.config.ts puts this module
 * in place of ./scenarioFiles.ts): the default scenario inside the page, the others as separate
 * files fetched when the title screen asks for them. They were a third of the JavaScript the page
 * loaded before its first frame. The pattern names DEFAULT_SCENARIO_ID's file
 * (tests/game/bundledScenarios.test.ts keeps the two in step).
 */
export const builtIn = import.meta.glob<unknown>('/scenarios/vraem-2012.json', { eager: true, import: 'default' });
export const fetched = import.meta.glob<unknown>(['/scenarios/*.json', '!/scenarios/schema.json', '!/scenarios/vraem-2012.json'], { import: 'default' });
