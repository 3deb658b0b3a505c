/** A class code as students read it and type it: two groups of four. */
export const showCode = (code: string): string => (code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code);
