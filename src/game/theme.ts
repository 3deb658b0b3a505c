/**
 * One palette, one type scale, one spacing unit. Colours are the Okabe–Ito set, distinguishable
 * with the common forms of colour blindness; figures never rely on colour alone.
 */
export const palette = {
  background: 0x10161d,
  panel: 0x18222c,
  panelLine: 0x2c3a48,
  land: 0x1e2b24,
  landHighland: 0x2a2a22,
  river: 0x56b4e9,
  text: 0xeef2f5,
  textMuted: 0x9aa8b5,
  trust: 0x0072b2,
  security: 0xe69f00,
  coca: 0x009e73,
  influence: 0xd55e00,
  accent: 0xf0e442,
} as const;

export const css = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

export const font = {
  family: '"Atkinson Hyperlegible", system-ui, sans-serif',
  /** Sizes drawn on the canvas, in game pixels; the panels' type scale (13/15/20/40) is in ui/styles.css. */
  size: { small: 13, display: 56 },
} as const;

export const GAME_WIDTH = 1280;
export const GAME_HEIGHT = 720;
