/** "What really happened": the scenario's dated real events, each with its source and evidence grade. */
import type { TimelineItem } from '../../analysis/timeline.ts';
import { t } from '../strings/index.ts';
import { h } from './dom.ts';

export function timelineList(items: readonly TimelineItem[]): HTMLElement {
  return h(
    'ol',
    { class: 'timeline' },
    ...items.map((item) =>
      h(
        'li',
        {},
        h('time', { datetime: item.date }, item.date),
        h('div', {}, h('strong', {}, item.title), h('p', {}, item.text), h('p', { class: 'muted citation' }, `${item.citation} · ${t.endScreen.grade[item.grade]}`, item.url ? h('span', { class: 'url' }, ` ${item.url}`) : null)),
      ),
    ),
  );
}
