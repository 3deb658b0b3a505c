/**
 * Communities on the map: a marker each, showing trust and security as bars and numbers (never
 * colour alone). The markers are one Tab stop (arrow keys move between them); hover, keyboard
 * focus or a tap opens the inspector: the community's figures, its last change with the causes
 * behind it, and a small history of its trust and security.
 */
import type { CommunityWhy } from '../../analysis/why.ts';
import type { CommunitySummary } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { t } from '../strings/index.ts';
import { css, palette } from '../theme.ts';
import { h } from './dom.ts';
import { fmt } from './format.ts';
import { toScreen, type MapFrame } from './mapBackdrop.ts';
import { moveSentence } from './whyView.ts';

export interface CommunityView {
  readonly summary: CommunitySummary;
  /** Last turn's change and its causes, or null before the first turn. */
  readonly why: CommunityWhy | null;
  /** Trust and security at the start and after each turn so far. */
  readonly history: { readonly trust: readonly number[]; readonly security: readonly number[] };
}

export interface CommunityMarkers {
  readonly element: HTMLElement;
  /** The marker that takes the Tab stop (the last one focused). */
  readonly focusTarget: HTMLElement;
  update(communities: readonly CommunityView[], pending: ReadonlySet<string>, lastTurn: number): void;
  /** Puts each marker where the map shows its community, in the layer's own pixels. */
  place(toLayer: (point: { x: number; y: number }) => { x: number; y: number }): void;
}

const SVG = 'http://www.w3.org/2000/svg';

/** Trust and security as two small lines over the turns so far, with their first and last values in words. */
function sparkline(history: CommunityView['history']): SVGSVGElement {
  const width = 396;
  const height = 44;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('aria-hidden', 'true');
  const n = Math.max(2, history.trust.length);
  const line = (values: readonly number[], colour: number) => {
    const path = document.createElementNS(SVG, 'polyline');
    path.setAttribute('points', values.map((v, i) => `${(i * (width - 4)) / (n - 1) + 2},${height - 2 - (v / 100) * (height - 4)}`).join(' '));
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', css(colour));
    path.setAttribute('stroke-width', '2.5');
    svg.append(path);
  };
  const frame = document.createElementNS(SVG, 'rect');
  for (const [k, v] of Object.entries({ x: 0.5, y: 0.5, width: width - 1, height: height - 1, fill: 'none', stroke: css(palette.panelLine) })) frame.setAttribute(k, String(v));
  svg.append(frame);
  line(history.trust, palette.river);
  line(history.security, palette.security);
  return svg;
}

/** The markers' layer covers the map's area on the page; markers are placed by `place` in its real pixels. */
export function createCommunityMarkers(scenario: Scenario, frame: MapFrame): CommunityMarkers {
  const layer = h('div', { class: 'marker-layer' });
  const group = h('div', { role: 'group', 'aria-label': t.onboarding.tour.steps.map.heading, 'data-testid': 'map-markers' });
  const details = h('div', { class: 'panel details', 'data-testid': 'community-details', hidden: true });
  let latest: readonly CommunityView[] = [];
  let turn = 0;
  let shown = -1;
  let pinned = false;

  const cell = (label: string, value: string) => [h('span', {}, label), h('span', { class: 'num' }, value)];
  const showDetails = (index: number) => {
    const view = latest[index];
    const marker = markers[index];
    if (!view || !marker) return;
    shown = index;
    const c = view.summary;
    const def = scenario.communities[index]!;
    const first = (values: readonly number[]) => fmt.whole(values[0] ?? 0);
    const last = (values: readonly number[]) => fmt.whole(values[values.length - 1] ?? 0);
    const parts: (Node | null)[] = [
      h('h3', {}, `${c.name} · ${t.play.community.zone[c.zone]}`),
      def.note ? h('p', { class: 'small muted' }, def.note) : null,
      h(
        'div',
        { class: 'figures' },
        ...cell(t.play.community.trust, fmt.index(c.trust)),
        ...cell(t.play.community.security, fmt.index(c.security)),
        ...cell(t.play.community.influence, fmt.index(c.insurgentInfluence)),
        ...cell(t.play.community.committee, fmt.index(c.committeeStrength)),
        ...cell(t.play.community.coca, t.play.community.hectares(c.cocaHectares)),
        ...cell(t.play.community.licit, `${t.play.community.hectares(c.licitHectares)} (+${fmt.whole(c.licitMaturingHectares)})`),
      ),
      h('p', { class: 'small' }, `${t.play.community.income}: ${t.play.community.soles(c.householdIncome)}. ${t.play.community.incidents}: ${c.abuses} / ${c.civilianHarm} / ${c.reprisals}.`),
      h('h4', {}, view.why ? t.why.inspector.lastChange(turn) : t.why.inspector.noChange),
      view.why ? h('p', { class: 'small', 'data-testid': 'inspector-why' }, moveSentence(scenario, t.play.community.trust, view.why.trust), ' ', moveSentence(scenario, t.play.community.security, view.why.security)) : null,
      h('h4', {}, t.why.inspector.history),
      view.history.trust.length > 1 ? sparkline(view.history) : null,
      h('p', { class: 'small muted' }, t.why.inspector.historyLabel(c.name, `${first(view.history.trust)} → ${last(view.history.trust)}`, `${first(view.history.security)} → ${last(view.history.security)}`)),
    ];
    details.replaceChildren(...parts.filter((part): part is Node => part !== null));
    const left = parseFloat(marker.style.left);
    const top = parseFloat(marker.style.top);
    details.hidden = false;
    // Beside the marker, inside the map, on whichever side has room.
    const width = details.offsetWidth || 420;
    const height = details.offsetHeight || 400;
    const room = { width: layer.clientWidth, height: layer.clientHeight };
    const beside = marker.offsetWidth / 2 + 8;
    details.style.left = `${left + beside + width <= room.width ? left + beside : Math.max(0, left - beside - width)}px`;
    details.style.top = `${Math.max(0, Math.min(top - 60, room.height - height))}px`;
  };
  const hideDetails = () => {
    if (pinned) return;
    details.hidden = true;
    shown = -1;
  };

  const markers = scenario.communities.map((def, index) => {
    const marker = h('button', {
      class: 'community',
      'data-testid': `community-${def.id}`,
      'aria-describedby': 'community-details',
      tabindex: index === 0 ? 0 : -1,
    });
    marker.addEventListener('mouseenter', () => showDetails(index));
    marker.addEventListener('focus', () => {
      markers.forEach((m, i) => (m.tabIndex = i === index ? 0 : -1));
      showDetails(index);
    });
    // A tap pins the inspector open (touch screens have no hover); a second tap unpins it.
    marker.addEventListener('click', () => {
      pinned = !(pinned && shown === index);
      showDetails(index);
    });
    marker.addEventListener('mouseleave', hideDetails);
    marker.addEventListener('blur', () => {
      pinned = false;
      hideDetails();
    });
    marker.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
      const to = event.key === 'Home' ? 0 : event.key === 'End' ? markers.length - 1 : step !== 0 ? (index + step + markers.length) % markers.length : -1;
      if (event.key === 'Escape') {
        pinned = false;
        details.hidden = true;
        return;
      }
      if (to < 0) return;
      event.preventDefault();
      markers[to]!.focus();
    });
    group.append(marker);
    return marker;
  });
  details.id = 'community-details';
  layer.append(group, details);

  const bar = (kind: string, value: number) => h('div', { class: `bar ${kind}` }, h('div', { style: `width:${value}%` }));

  return {
    element: layer,
    place(toLayer) {
      scenario.communities.forEach((def, i) => {
        const at = toLayer(toScreen(frame, def.position));
        markers[i]!.style.left = `${at.x}px`;
        markers[i]!.style.top = `${at.y}px`;
      });
    },
    get focusTarget() {
      return markers.find((m) => m.tabIndex === 0) ?? markers[0]!;
    },
    update(communities, pending, lastTurn) {
      latest = communities;
      turn = lastTurn;
      communities.forEach(({ summary: c }, i) => {
        const marker = markers[i]!;
        marker.replaceChildren(
          h(
            'div',
            { class: 'name' },
            scenario.communities[i]!.shortName ?? c.name,
            pending.has(c.id) ? h('span', { class: 'flag' }, h('span', { 'aria-hidden': 'true' }, ' ◆'), h('span', { class: 'visually-hidden' }, ` ${t.play.pendingChoice}`)) : null,
          ),
          h(
            'div',
            { class: 'bars' },
            // The letter is for the eye; a screen reader hears the word.
            h('span', { class: 'key', 'aria-hidden': 'true' }, t.a11y.markerKey.trust),
            h('span', { class: 'visually-hidden' }, t.play.community.trust),
            bar('trust', c.trust),
            h('span', { 'data-testid': `trust-${c.id}` }, fmt.whole(c.trust)),
            h('span', { class: 'key', 'aria-hidden': 'true' }, t.a11y.markerKey.security),
            h('span', { class: 'visually-hidden' }, t.play.community.security),
            bar('security', c.security),
            h('span', { 'data-testid': `security-${c.id}` }, fmt.whole(c.security)),
          ),
        );
      });
      if (shown >= 0 && !details.hidden) showDetails(shown);
    },
  };
}
