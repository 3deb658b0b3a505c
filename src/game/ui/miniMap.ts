/**
 * A small map of one state, for the debrief, as SVG: rivers, an influence halo per community
 * (larger and darker with influence), and its trust and security as numbers under its name.
 */
import { summarizeCommunities, type GameState } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { t } from '../strings/index.ts';
import { css, palette } from '../theme.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Label size in screen pixels at the width asked for: the smallest text the game shows. */
const LABEL = 14;
/** Narrower than these, names (then figures) would overlap at that size; the map shows halos only and the table beside it carries the words. */
const NAMES_FROM = 300;
const FIGURES_FROM = 360;

/** Whether a map drawn this wide shows each community's trust and security under its name (so a key to them is due). */
export const showsFigures = (width: number): boolean => width >= FIGURES_FROM;

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}
const overlap = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** A text's box, estimated (an average glyph is about 0.6 em wide), in map units. */
function textBox(x: number, baseline: number, text: string, size: number, spacing: number, lines: number): Box {
  const half = (text.length * (0.6 * size + spacing)) / 2;
  return { left: x - half, right: x + half, top: baseline - size, bottom: baseline + (lines - 1) * size * 1.1 + size * 0.25 };
}

function el(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function miniMap(scenario: Scenario, state: GameState, width: number): SVGSVGElement {
  const { map } = scenario;
  // Room below the map for the labels of communities near its southern edge.
  const below = 0.1 * map.height;
  const height = (width * (map.height + below)) / map.width;
  const scale = width / map.width;
  const svg = el('svg', { viewBox: `0 0 ${map.width} ${map.height + below}`, width, height, role: 'img', 'aria-label': scenario.title, 'data-testid': 'mini-map' }) as SVGSVGElement;
  svg.append(el('title', {}, scenario.title));
  svg.append(el('rect', { x: 0, y: 0, width: map.width, height: map.height + below, rx: 12, fill: css(palette.land) }));
  // Region names step a line up or down, away from any community's name and figures (AYACUCHO ran under Santa Rosa's).
  const communityBoxes = scenario.communities.map((def) => textBox(def.position.x, def.position.y + 16 / scale, def.shortName ?? def.name, LABEL / scale, 0, showsFigures(width) ? 2 : 1));
  if (width >= NAMES_FROM) {
    for (const region of map.regions) {
      const step = (LABEL * 1.4) / scale;
      const y = [0, step, -step, 2 * step, -2 * step].map((dy) => region.at.y + dy).find((at) => !communityBoxes.some((box) => overlap(box, textBox(region.at.x, at, region.name, LABEL / scale, 3 / scale, 1)))) ?? region.at.y;
      svg.append(el('text', { x: region.at.x, y, fill: css(palette.textMuted), 'font-size': LABEL / scale, 'text-anchor': 'middle', 'letter-spacing': 3 / scale, 'data-region': region.name }, region.name));
    }
  }
  for (const river of map.rivers) {
    svg.append(el('polyline', { points: river.points.map((p) => `${p.x},${p.y}`).join(' '), fill: 'none', stroke: css(palette.river), 'stroke-width': 2.5 / scale, 'stroke-linejoin': 'round' }));
  }
  summarizeCommunities(scenario, state).forEach((c, i) => {
    const def = scenario.communities[i]!;
    const { x, y } = def.position;
    const influence = c.insurgentInfluence / 100;
    svg.append(el('circle', { cx: x, cy: y, r: (8 + 18 * influence) / scale, fill: css(palette.influence), 'fill-opacity': 0.2 + 0.4 * influence }));
    svg.append(el('circle', { cx: x, cy: y, r: 3 / scale, fill: css(palette.text) }));
    if (width < NAMES_FROM) return;
    const label = el('text', { x, y: y + 16 / scale, fill: css(palette.text), 'font-size': LABEL / scale, 'text-anchor': 'middle', 'paint-order': 'stroke', stroke: css(palette.background), 'stroke-width': 3 / scale });
    label.append(el('tspan', { x, 'font-weight': 700 }, def.shortName ?? def.name));
    if (showsFigures(width)) label.append(el('tspan', { x, dy: (LABEL + 1) / scale }, t.endScreen.mapFigures(Math.round(c.trust), Math.round(c.security))));
    svg.append(label);
  });
  return svg;
}
