/**
 * What the play screen gives assistive technology besides its visible controls: the map as a
 * list, the trend charts as a table (also shown on request), and each turn announced. The scene
 * calls it with one line per moment (create, refresh, a turn played).
 */
import { summarizeCommunities, summarizeRegion, type FiredEvent } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import type { Session } from '../../session.ts';
import { t } from '../../strings/index.ts';
import { h } from '../dom.ts';
import { fmt } from '../format.ts';
import { chartTable, tableToggle } from './chartTable.ts';
import { announce } from './liveRegion.ts';
import { createMapMirror } from './mapMirror.ts';
import { turnSummary } from './turnSummary.ts';

export interface PlayAccessibility {
  /** The map list, for the scene's root. */
  readonly mirror: HTMLElement;
  /** The trends table and its toggle, for the trends tab. */
  readonly trends: HTMLElement;
  refresh(session: Session): void;
  turnPlayed(session: Session, date: string, events: readonly FiredEvent[]): void;
}

export function createPlayAccessibility(scenario: Scenario): PlayAccessibility {
  const mirror = createMapMirror();
  const table = h('div', { class: 'trend-table scroll' });
  const trends = h('div', {}, tableToggle((shown) => table.classList.toggle('shown', shown)), table);
  const regions = (session: Session) => session.history.map((s) => summarizeRegion(scenario, s));
  return {
    mirror: mirror.element,
    trends,
    refresh(session) {
      const history = session.history;
      const now = summarizeCommunities(scenario, history[history.length - 1]!);
      mirror.update(now, history.length > 1 ? summarizeCommunities(scenario, history[history.length - 2]!) : now);
      const region = regions(session);
      table.replaceChildren(
        chartTable(t.a11y.chartTable, [
          { label: t.play.charts.trust, values: region.map((r) => r.meanTrust), format: fmt.index },
          { label: t.play.charts.security, values: region.map((r) => r.meanSecurity), format: fmt.index },
          { label: t.play.charts.coca, values: region.map((r) => r.cocaHectares), format: fmt.whole },
          { label: t.play.charts.influence, values: region.map((r) => r.meanInsurgentInfluence), format: fmt.index },
        ]),
      );
    },
    turnPlayed(session, date, events) {
      const region = regions(session);
      const titles = events.map((e) => scenario.events.find((card) => card.id === e.eventId)?.title ?? e.title);
      announce(turnSummary({ turn: session.state.turn, total: scenario.calendar.turns, date }, region[region.length - 2]!, region[region.length - 1]!, titles));
    },
  };
}
