/** Recorded in every replay; bump it whenever any outcome of any game may change. */
export const ENGINE_VERSION = '3.1.0';
