/** Recorded in every replay; bump it whenever any outcome of any game may change. */
export const ENGINE_VERSION = '1.1.0';
