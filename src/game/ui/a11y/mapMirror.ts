/**
 * The map as a list for screen readers: every community with its figures and the change since
 * the last turn, in the order the scenario lists them. The canvas map itself is hidden from
 * assistive technology, so this list is what a reader hears of it.
 */
import type { CommunitySummary } from '../../../engine/index.ts';
import { t } from '../../strings/index.ts';
import { h } from '../dom.ts';
import { fmt } from '../format.ts';
import { change } from './turnSummary.ts';

export interface MapMirror {
  readonly element: HTMLElement;
  update(now: readonly CommunitySummary[], before: readonly CommunitySummary[]): void;
}

/** One community's line, e.g. "Pichari (jungle): Trust 46.0 (+2.1); Security 57.0 (unchanged); …". */
export function communityLine(now: CommunitySummary, before: CommunitySummary | undefined): string {
  const was = before ?? now;
  const c = t.play.community;
  const figures = [
    t.a11y.value(c.trust, fmt.index(now.trust), change(was.trust, now.trust, 1)),
    t.a11y.value(c.security, fmt.index(now.security), change(was.security, now.security, 1)),
    t.a11y.value(c.influence, fmt.index(now.insurgentInfluence), change(was.insurgentInfluence, now.insurgentInfluence, 1)),
    t.a11y.value(c.committee, fmt.index(now.committeeStrength), change(was.committeeStrength, now.committeeStrength, 1)),
    t.a11y.value(c.coca, c.hectares(Math.round(now.cocaHectares)), change(was.cocaHectares, now.cocaHectares, 0)),
    t.a11y.value(c.licit, c.hectares(Math.round(now.licitHectares)), change(was.licitHectares, now.licitHectares, 0)),
    t.a11y.value(c.income, c.soles(Math.round(now.householdIncome)), change(was.householdIncome, now.householdIncome, 0)),
  ];
  return `${now.name} (${c.zone[now.zone]}): ${figures.join('; ')}.`;
}

export function createMapMirror(): MapMirror {
  const list = h('ul', { 'data-testid': 'map-mirror' });
  const element = h('section', { class: 'visually-hidden', 'aria-labelledby': 'map-mirror-heading' }, h('h2', { id: 'map-mirror-heading' }, t.a11y.communities), h('p', {}, t.a11y.communitiesHelp), list);
  return {
    element,
    update(now, before) {
      list.replaceChildren(...now.map((c, i) => h('li', {}, communityLine(c, before[i]))));
    },
  };
}
