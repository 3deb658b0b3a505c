/**
 * Communities on the map: a focusable marker each, showing trust and security as bars and
 * numbers (never colour alone); hover or keyboard focus opens the details card.
 */
import type { CommunitySummary } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { t } from '../strings/index.ts';
import { h } from './dom.ts';
import { fmt } from './format.ts';
import { toScreen, type MapFrame } from './mapBackdrop.ts';

export interface CommunityMarkers {
  readonly element: HTMLElement;
  update(communities: readonly CommunitySummary[], pending: ReadonlySet<string>): void;
}

export function createCommunityMarkers(scenario: Scenario, frame: MapFrame): CommunityMarkers {
  const layer = h('div', { class: 'ui', style: 'position:absolute;left:0;top:0;width:1280px;height:720px;pointer-events:none' });
  const details = h('div', { class: 'panel details', 'data-testid': 'community-details', hidden: true });
  let latest: readonly CommunitySummary[] = [];

  const row = (label: string, value: string) => h('tr', {}, h('td', {}, label), h('td', {}, value));
  const showDetails = (index: number, marker: HTMLElement) => {
    const c = latest[index];
    if (!c) return;
    const def = scenario.communities[index]!;
    details.replaceChildren(
      h('h3', {}, `${c.name} · ${t.play.community.zone[c.zone]}`),
      h('p', { class: 'small muted' }, def.note ?? ''),
      h(
        'table',
        {},
        row(t.play.community.trust, fmt.index(c.trust)),
        row(t.play.community.security, fmt.index(c.security)),
        row(t.play.community.influence, fmt.index(c.insurgentInfluence)),
        row(t.play.community.committee, fmt.index(c.committeeStrength)),
        row(t.play.community.coca, t.play.community.hectares(c.cocaHectares)),
        row(t.play.community.licit, `${t.play.community.hectares(c.licitHectares)} (+${fmt.whole(c.licitMaturingHectares)} ${t.play.community.maturing})`),
        row(t.play.community.income, t.play.community.soles(c.householdIncome)),
        row(t.play.community.soil, fmt.index(c.soilHealth)),
        row(t.play.community.incidents, `${c.abuses} / ${c.civilianHarm} / ${c.reprisals}`),
      ),
    );
    const left = parseFloat(marker.style.left);
    const top = parseFloat(marker.style.top);
    details.style.left = `${Math.min(left + 70, 808 - 300)}px`;
    details.style.top = `${Math.max(56, Math.min(top - 60, 468 - 260))}px`;
    if (left + 70 > 808 - 300) details.style.left = `${Math.max(8, left - 370)}px`;
    details.hidden = false;
  };

  const markers = scenario.communities.map((def, index) => {
    const at = toScreen(frame, def.position);
    const marker = h('button', {
      class: 'community',
      style: `left:${at.x}px;top:${at.y}px;pointer-events:auto`,
      'data-testid': `community-${def.id}`,
      'aria-describedby': 'community-details',
    });
    marker.addEventListener('mouseenter', () => showDetails(index, marker));
    marker.addEventListener('focus', () => showDetails(index, marker));
    marker.addEventListener('mouseleave', () => (details.hidden = true));
    marker.addEventListener('blur', () => (details.hidden = true));
    layer.append(marker);
    return marker;
  });
  details.id = 'community-details';
  layer.append(details);

  const bar = (kind: string, value: number) => h('div', { class: `bar ${kind}` }, h('div', { style: `width:${value}%` }));

  return {
    element: layer,
    update(communities, pending) {
      latest = communities;
      communities.forEach((c, i) => {
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
    },
  };
}
