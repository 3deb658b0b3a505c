/**
 * The bundled scenario files as the one-file build carries them: all inside the page, nothing to
 * fetch. The hosted build swaps in ./scenarioFilesSplit.ts (see vite.config.ts).
 */
export const builtIn = import.meta.glob<unknown>(['/scenarios/*.json', '!/scenarios/schema.json'], { eager: true, import: 'default' });
export const fetched: Record<string, () => Promise<unknown>> = {};
