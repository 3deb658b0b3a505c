/**
 * Explore: a teacher sets the levers for a whole game and sees, for every assessment criterion,
 * the band of outcomes over many seeds (median and 10th–90th percentile), redrawn after each
 * move (see outcomeBandPanel.ts, which the debrief's what-if shares). Its Assumptions button
 * opens the figures the model rests on, to change and watch the band move (assumptionsPanel.ts).
 */
import type { Scenario } from '../../scenario/schema.ts';
import { t } from '../strings/index.ts';
import { openAssumptions } from './assumptionsPanel.ts';
import { h } from './dom.ts';
import { BAND_SEEDS, openOutcomeBand } from './outcomeBandPanel.ts';

export const EXPLORE_SEEDS = BAND_SEEDS;

export function openExplore(scenario: Scenario): void {
  openOutcomeBand({
    id: 'explore',
    scenario,
    played: [],
    levers: {},
    heading: t.explore.heading,
    intro: [t.explore.intro(EXPLORE_SEEDS)],
    leversHeading: t.explore.levers,
    actions: (levers) => {
      const button = h('button', { type: 'button', 'data-testid': 'open-assumptions' }, t.assumptions.button);
      button.addEventListener('click', () => openAssumptions(scenario, levers));
      return [button];
    },
  });
}
