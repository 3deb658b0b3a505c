/** The sentence announced after a turn: the new date, the region's figures and how they moved, the events drawn. */
import type { RegionSummary } from '../../../engine/index.ts';
import { t } from '../../strings/index.ts';
import { fmt } from '../format.ts';

export function change(before: number, after: number, digits: number): string {
  const delta = after - before;
  return Math.abs(delta) < 0.5 * 10 ** -digits ? t.a11y.noChange : fmt.signed(delta, digits);
}

export function turnSummary(played: { turn: number; total: number; date: string }, before: RegionSummary, after: RegionSummary, events: readonly string[]): string {
  const figures = [
    t.a11y.value(t.play.charts.trust, fmt.index(after.meanTrust), change(before.meanTrust, after.meanTrust, 1)),
    t.a11y.value(t.play.charts.security, fmt.index(after.meanSecurity), change(before.meanSecurity, after.meanSecurity, 1)),
    t.a11y.value(t.play.charts.influence, fmt.index(after.meanInsurgentInfluence), change(before.meanInsurgentInfluence, after.meanInsurgentInfluence, 1)),
    t.a11y.value(t.play.charts.coca, fmt.whole(after.cocaHectares), change(before.cocaHectares, after.cocaHectares, 0)),
  ];
  return [t.a11y.turnPlayed(played.turn, played.total, played.date), `${figures.join('; ')}.`, events.length > 0 ? t.a11y.eventsDrawn(events.join('; ')) : ''].filter(Boolean).join(' ');
}
