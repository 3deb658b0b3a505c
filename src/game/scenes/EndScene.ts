/** End: the scenario's assessment, criterion by criterion (no single score), and questions to reflect on. */
import Phaser from 'phaser';
import { assess } from '../../engine/index.ts';
import { bus } from '../bus.ts';
import { browserStore, clearSave } from '../save.ts';
import { t } from '../strings/index.ts';
import { GAME_HEIGHT, GAME_WIDTH } from '../theme.ts';
import { h } from '../ui/dom.ts';
import { downloadReplay } from '../ui/download.ts';
import { formatCriterion } from '../ui/format.ts';
import { renderOnDemand } from '../ui/renderOnDemand.ts';

export class EndScene extends Phaser.Scene {
  constructor() {
    super('End');
  }

  create(): void {
    const session = bus.session;
    if (!session) {
      this.scene.start('Title');
      return;
    }
    const redraw = renderOnDemand(this);
    const scenario = session.scenario;
    const results = assess(scenario, session.state);
    const criteria = h(
      'div',
      { class: 'criteria' },
      ...results.map((r) =>
        h(
          'div',
          { class: 'panel criterion', 'data-testid': `criterion-${r.id}` },
          h('h3', {}, r.label),
          h('div', { class: 'value', 'data-testid': `criterion-${r.id}-value` }, formatCriterion(r.measure, r.value)),
          h('span', { class: `rating ${r.rating}`, 'data-testid': `criterion-${r.id}-rating` }, t.end.rating[r.rating]),
          h('p', { class: 'small muted', style: 'margin-top:6px' }, r.description),
        ),
      ),
    );
    const download = h('button', { 'data-testid': 'download-replay' }, t.end.downloadReplay);
    download.addEventListener('click', () => downloadReplay(session));
    const again = h('button', { class: 'primary', 'data-testid': 'new-game' }, t.end.newGame);
    again.addEventListener('click', () => {
      clearSave(browserStore());
      redraw.wake();
      this.scene.start('Title');
    });
    // Phaser styles the element it places (display: block), so the layout lives one level in.
    const layout = h(
      'div',
      { class: 'ui end-screen' },
      h('div', { class: 'scroll' }, h('h1', {}, t.end.heading), h('p', { class: 'muted', style: 'margin-top:8px' }, t.end.subheading), criteria, h('div', { class: 'actions' }, again, download)),
      h('div', { class: 'panel scroll prompts' }, h('h2', {}, t.end.reflection), h('ol', {}, ...scenario.debriefPrompts.map((p) => h('li', {}, p)))),
    );
    const root = h('div', { style: `position:relative;width:${GAME_WIDTH}px;height:${GAME_HEIGHT}px` }, layout);
    this.add.dom(0, 0, root).setOrigin(0, 0);
    bus.enterScene('End');
    again.focus();
  }
}
