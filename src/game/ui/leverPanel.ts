/**
 * The lever panel: a native slider per lever (keyboard and mouse alike), its cost, the
 * allocation of development money, the budget and End turn. It only collects decisions.
 */
import type { LeverDef, Scenario } from '../../scenario/schema.ts';
import type { LeverId } from '../../scenario/vocabulary.ts';
import { t } from '../strings/index.ts';
import { h } from './dom.ts';
import { fmt } from './format.ts';

export interface LeverPanel {
  readonly element: HTMLElement;
  /** Parts the guided tour points at. */
  readonly parts: { readonly list: HTMLElement; readonly budget: HTMLElement; readonly endTurn: HTMLButtonElement };
  levers(): Record<LeverId, number>;
  allocation(): Record<string, number>;
  cost(): number;
  /** Budget available this turn, in the scenario's currency; refreshes the meter and End turn. */
  setBudget(budget: number): void;
  setBlocked(reason: string | null): void;
}

export function createLeverPanel(
  scenario: Scenario,
  initial: Readonly<Record<LeverId, number>>,
  onEndTurn: () => void,
  onChange: () => void,
): LeverPanel {
  const values = { ...initial };
  const weights: Record<string, number> = Object.fromEntries(scenario.communities.map((c) => [c.id, 1]));
  let budget = 0;
  let blocked: string | null = null;

  const cost = () => scenario.levers.reduce((sum, lever) => sum + lever.costPerUnit * values[lever.id], 0);

  const meterFill = h('div');
  const meter = h('div', { class: 'budget-meter', role: 'presentation' }, meterFill);
  const budgetText = h('span', { class: 'lever-value', 'data-testid': 'budget' });
  const status = h('span', { class: 'small', role: 'status', 'data-testid': 'end-turn-status' });
  const endTurn = h('button', { class: 'primary', 'data-testid': 'end-turn', 'aria-keyshortcuts': 'Control+Enter Meta+Enter' }, t.play.endTurn, h('span', { class: 'shortcut' }, t.keys.endTurn));
  endTurn.addEventListener('click', () => {
    if (!endTurn.disabled) onEndTurn();
  });

  const refresh = () => {
    const spent = cost();
    const over = spent > budget + 1e-9;
    const nowhere = values.developmentFunding > 0 && Object.values(weights).every((w) => w === 0);
    meterFill.style.width = `${Math.min(100, (spent / Math.max(budget, 1)) * 100)}%`;
    meter.classList.toggle('over', over);
    budgetText.textContent = t.play.spent(fmt.money(spent), fmt.money(budget), scenario.budget.currency);
    status.textContent = over ? t.play.overBudget : nowhere ? t.play.noAllocation : (blocked ?? '');
    endTurn.disabled = over || nowhere || blocked !== null;
  };

  const leverRow = (lever: LeverDef) => {
    const id = `lever-${lever.id}`;
    const valueText = h('span', { class: 'lever-value', 'data-testid': `${id}-value` });
    const costText = h('span', { class: 'lever-cost', 'data-testid': `${id}-cost` });
    const input = h('input', {
      type: 'range',
      id,
      min: lever.min,
      max: lever.max,
      step: lever.step,
      value: values[lever.id],
      'data-testid': id,
      'aria-describedby': `${id}-help`,
    });
    const show = () => {
      valueText.textContent = `${fmt.money(values[lever.id])} ${lever.unit}`;
      costText.textContent = t.play.cost(`${fmt.money(lever.costPerUnit * values[lever.id])} ${scenario.budget.currency}`);
      input.setAttribute('aria-valuetext', `${values[lever.id]} ${lever.unit}`);
    };
    input.addEventListener('input', () => {
      values[lever.id] = Number(input.value);
      show();
      refresh();
      onChange();
    });
    show();
    return h(
      'div',
      { class: 'lever' },
      h('div', { class: 'lever-head' }, h('label', { for: id }, lever.label), h('span', {}, valueText, costText)),
      input,
      h('div', { id: `${id}-help`, class: 'small' }, lever.description),
    );
  };

  const allocationRows = scenario.communities.flatMap((c) => {
    const id = `allocation-${c.id}`;
    const shown = h('span', { class: 'lever-value' }, String(weights[c.id]));
    const input = h('input', { type: 'range', id, min: 0, max: 4, step: 1, value: weights[c.id], 'data-testid': id });
    input.addEventListener('input', () => {
      weights[c.id] = Number(input.value);
      shown.textContent = input.value;
      refresh();
      onChange();
    });
    return [h('label', { for: id }, c.name), input, shown];
  });
  const hasFunding = scenario.levers.some((l) => l.id === 'developmentFunding');

  // End turn sits above the levers, so a keyboard player reaches it in a Tab or two from the
  // turn's summary; the budget line beside it says whether it can be pressed.
  const budgetRow = h('div', { class: 'budget-row' }, h('h2', {}, t.play.levers), budgetText, meter, status);
  const list = h(
      'div',
      { class: 'lever-list scroll' },
      ...scenario.levers.map(leverRow),
      hasFunding
        ? h(
            'details',
            { class: 'allocation-box', 'data-testid': 'allocation' },
            h('summary', {}, t.play.allocation),
            h('p', { class: 'small muted' }, t.play.allocationHelp),
            h('div', { class: 'allocation' }, ...allocationRows),
          )
        : null,
    );
  const element = h('div', { class: 'ui panel levers' }, h('div', { class: 'end-turn' }, budgetRow, endTurn), list);

  return {
    element,
    parts: { list, budget: budgetRow, endTurn },
    levers: () => ({ ...values }),
    allocation: () => ({ ...weights }),
    cost,
    setBudget(value) {
      budget = value;
      refresh();
    },
    setBlocked(reason) {
      blocked = reason;
      refresh();
    },
  };
}
