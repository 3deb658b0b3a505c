/**
 * The communities on the scenario's map box, each a marker to drag to its place; the position
 * fields in the form are the keyboard's way to the same numbers.
 */
import { dictionary, type Locale } from '../strings/index.ts';
import { h } from '../ui/dom.ts';

const SVG = 'http://www.w3.org/2000/svg';

interface Placed {
  readonly name: string;
  readonly x: number;
  readonly y: number;
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

/** Reads the map box and the communities' places from a draft of any shape. */
function placesOf(draft: unknown): { width: number; height: number; places: Placed[] } {
  const d = (draft ?? {}) as { map?: { width?: unknown; height?: unknown }; communities?: unknown };
  const width = Math.max(1, num(d.map?.width, 100));
  const height = Math.max(1, num(d.map?.height, 100));
  const list = Array.isArray(d.communities) ? d.communities : [];
  const places = list.map((c: { name?: unknown; id?: unknown; position?: { x?: unknown; y?: unknown } } | null, i) => ({
    name: typeof c?.name === 'string' ? c.name : typeof c?.id === 'string' ? c.id : String(i + 1),
    x: num(c?.position?.x, width / 2),
    y: num(c?.position?.y, height / 2),
  }));
  return { width, height, places };
}

/** The rivers' courses, drawn for orientation. */
function rivers(draft: unknown): { x: number; y: number }[][] {
  const list = (draft as { map?: { rivers?: unknown } } | null)?.map?.rivers;
  if (!Array.isArray(list)) return [];
  return list.map((river: { points?: unknown } | null) => (Array.isArray(river?.points) ? river.points : []).map((p: { x?: unknown; y?: unknown } | null) => ({ x: num(p?.x, 0), y: num(p?.y, 0) })));
}

export function mapEditor(draft: unknown, lang: Locale, move: (index: number, x: number, y: number) => void): HTMLElement {
  const w = dictionary(lang).workshop;
  const { width, height, places } = placesOf(draft);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'ws-map');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', w.mapLabel);
  svg.setAttribute('data-testid', 'workshop-map');
  const box = document.createElementNS(SVG, 'rect');
  Object.entries({ x: 0, y: 0, width, height, class: 'ws-map-box' }).forEach(([k, v]) => box.setAttribute(k, String(v)));
  svg.append(box);
  for (const river of rivers(draft)) {
    const line = document.createElementNS(SVG, 'polyline');
    line.setAttribute('points', river.map((p) => `${p.x},${p.y}`).join(' '));
    line.setAttribute('class', 'ws-map-river');
    svg.append(line);
  }
  const r = Math.min(width, height) / 40;
  places.forEach((place, index) => {
    const g = document.createElementNS(SVG, 'g');
    g.setAttribute('class', 'ws-marker');
    g.setAttribute('data-testid', 'map-marker');
    const dot = document.createElementNS(SVG, 'circle');
    const label = document.createElementNS(SVG, 'text');
    const put = (x: number, y: number) => {
      dot.setAttribute('cx', String(x));
      dot.setAttribute('cy', String(y));
      dot.setAttribute('r', String(r));
      label.setAttribute('x', String(x + r * 1.4));
      label.setAttribute('y', String(y + r * 0.5));
      label.setAttribute('font-size', String(r * 2.2));
    };
    put(place.x, place.y);
    label.textContent = place.name;
    g.append(dot, label);
    svg.append(g);
    let dragging = false;
    const toMap = (event: PointerEvent) => {
      const rect = svg.getBoundingClientRect();
      const scale = Math.min(rect.width / width, rect.height / height);
      const offsetX = (rect.width - width * scale) / 2;
      const offsetY = (rect.height - height * scale) / 2;
      const clamp = (v: number, hi: number) => Math.round(Math.min(hi, Math.max(0, v)));
      return { x: clamp((event.clientX - rect.left - offsetX) / scale, width), y: clamp((event.clientY - rect.top - offsetY) / scale, height) };
    };
    g.addEventListener('pointerdown', (event) => {
      dragging = true;
      g.setPointerCapture(event.pointerId);
      event.preventDefault();
    });
    g.addEventListener('pointermove', (event) => {
      if (!dragging) return;
      const p = toMap(event);
      put(p.x, p.y);
    });
    g.addEventListener('pointerup', (event) => {
      if (!dragging) return;
      dragging = false;
      const p = toMap(event);
      if (p.x !== place.x || p.y !== place.y) move(index, p.x, p.y);
    });
  });
  return h('figure', { class: 'ws-map-figure' }, svg as unknown as HTMLElement, h('figcaption', { class: 'small muted' }, w.mapHelp));
}
