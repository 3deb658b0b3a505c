/**
 * The Assumptions panel, opened from Explore: the figures of the model a teacher would question
 * (replanting, the clan's recovery and take, the contested model positions, the leaf price), each
 * beside its evidence and grade, with a number to change and the band of outcomes redrawn for the
 * changed scenario (see ../workshop/bandWatch.ts). It changes a copy only: nothing is saved,
 * closing leaves the scenario as shipped, and a game in progress is not touched.
 */
import type { Levers } from '../../analysis/plans.ts';
import { valueAtPath } from '../../scenario/load.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { dictionary, locale } from '../strings/index.ts';
import { mountBandWatch, type BandWatch } from '../workshop/bandWatch.ts';
import { outsideSupport, parameterEvidence } from '../workshop/parameterEvidence.ts';
import { questionedFigures, setFigure } from './assumptionFigures.ts';
import { createDialog, type Dialog } from './dialog.ts';
import { h } from './dom.ts';

let dialog: Dialog | null = null;
let watch: BandWatch | null = null;

/** A figure's short name for its controls' test ids: its key, or for a position's weight the position's (`criticsView-weight`). */
function fieldName(path: string): string {
  const parts = path.split('.');
  return parts[parts.length - 1] === 'weight' ? parts.slice(-2).join('-') : parts[parts.length - 1]!;
}

/** Opens the panel for `scenario`; `levers` are Explore's sliders as they stand. */
export function openAssumptions(scenario: Scenario, levers: () => Partial<Levers>): void {
  const lang = locale();
  const s = dictionary(lang).assumptions;
  dialog ??= createDialog('assumptions', () => {
    // Closed: the band watch stops drawing, and the copy it was shown is forgotten.
    watch?.destroy();
    watch = null;
  });
  const draft = structuredClone(scenario);
  const heading = h('h2', { id: 'assumptions-title', tabindex: -1 }, s.heading);
  const format = (value: number) => String(value);

  const figures = questionedFigures(scenario, s).map((figure, i) => {
    const info = parameterEvidence(scenario, figure.path, lang);
    const shipped = valueAtPath(scenario, figure.path) as number;
    const inputId = `assumptions-${i}`;
    const testId = `assumptions-${fieldName(figure.path)}`;
    const input = h('input', { type: 'number', id: inputId, step: figure.step, value: String(shipped), inputmode: 'decimal', 'data-testid': testId, 'aria-describedby': `${inputId}-evidence ${inputId}-warning` });
    const warning = h('p', { id: `${inputId}-warning`, class: 'warning', role: 'status', 'data-testid': `${testId}-warning` });
    const reset = h('button', { type: 'button', 'data-testid': `${testId}-reset` }, s.reset);
    const changed = () => {
      const value = input.value.trim() === '' || Number.isNaN(input.valueAsNumber) ? input.value : input.valueAsNumber;
      setFigure(draft, figure.path, value);
      warning.textContent = typeof value === 'number' && outsideSupport(info, value) && info?.supports ? s.outside(format(info.supports.min), format(info.supports.max)) : '';
      watch?.show(draft);
    };
    input.addEventListener('change', changed);
    reset.addEventListener('click', () => {
      input.value = String(shipped);
      changed();
      input.focus();
    });
    const grade = info ? s.grade[info.grade] : s.grade.none;
    // The grade and the supported range at a glance; the note, the source's words and its title behind a disclosure.
    const evidence = h(
      'div',
      { id: `${inputId}-evidence`, class: 'assumption-evidence' },
      h('p', {}, h('strong', {}, s.gradeLabel(grade)), ` · ${s.shipped(format(shipped))}`, info?.supports ? ` · ${s.supports(format(info.supports.min), format(info.supports.max))}` : ''),
      info?.note || info?.paraphrase || info?.sourceTitle || info?.supports?.reason
        ? h(
            'details',
            {},
            h('summary', {}, s.why),
            info.note ? h('p', {}, info.note, info.noteLang && info.noteLang !== lang ? ` ${s.noteInEnglish}` : '') : null,
            info.supports?.reason ? h('p', {}, info.supports.reason) : null,
            info.paraphrase && info.paraphrase !== info.note ? h('p', { class: 'muted' }, info.paraphrase) : null,
            info.sourceTitle ? h('p', { class: 'muted' }, s.source(info.sourceTitle)) : null,
          )
        : null,
    );
    return h('div', { class: 'assumption', 'data-path': figure.path }, h('label', { for: inputId }, figure.label), h('div', { class: 'assumption-control' }, input, reset), warning, evidence);
  });

  const watchHost = h('div', { class: 'assumptions-watch' });
  const close = h('button', { type: 'button', 'data-testid': 'assumptions-close' }, s.close);
  close.addEventListener('click', () => dialog?.close());
  const content = h(
    'div',
    { class: 'reading band-panel assumptions-panel' },
    heading,
    h('p', {}, s.intro),
    h('h3', {}, s.parameters),
    h('div', { class: 'assumptions-list' }, ...figures),
    watchHost,
    h('div', { class: 'actions' }, close),
  );
  dialog.show(content, 'assumptions-title', heading);
  watch?.destroy();
  watch = mountBandWatch(watchHost, { lang, levers, id: 'assumptions-band' });
  watch.show(draft);
}
