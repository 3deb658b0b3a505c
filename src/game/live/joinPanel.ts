/**
 * "Join a class" on the title screen: the class code (filled in from the class's address or the
 * last class joined), a display name and, to continue a game from another computer, its seat
 * code, checked as the hub checks them, then the class's game starts. A refusal is one line in the dialog, in the page's language.
 */
import { ClassCode, DisplayName } from '../../hub/protocol.ts';
import { showCode } from '../../hub/code.ts';
import type { Session } from '../session.ts';
import { t } from '../strings/index.ts';
import { createDialog } from '../ui/dialog.ts';
import { h } from '../ui/dom.ts';
import { joinClass, lastJoin } from './studentClass.ts';

/** The class code in the page's address (`?class=CODE`), if any. */
export function codeInAddress(): string | null {
  return new URLSearchParams(location.search).get('class');
}

export function openJoinPanel(play: (session: Session) => void): { remove(): void } {
  const dialog = createDialog('join-class');
  const last = lastJoin();
  const given = codeInAddress();
  const code = h('input', { type: 'text', id: 'class-code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', size: 12, maxlength: 12, 'data-testid': 'class-code', value: showCode((given ?? last?.code ?? '').toUpperCase()) });
  const name = h('input', { type: 'text', id: 'class-name', autocomplete: 'nickname', size: 24, maxlength: 40, 'data-testid': 'class-name', value: last?.name ?? '' });
  const seat = h('input', { type: 'text', id: 'class-seat', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', size: 12, maxlength: 12, 'data-testid': 'class-seat' });
  const message = h('p', { class: 'debrief-error', role: 'alert', 'data-testid': 'join-message' });
  const join = h('button', { class: 'primary', type: 'submit', 'data-testid': 'join' }, t.live.join);
  const cancel = h('button', { type: 'button' }, t.live.cancel);
  const form = h(
    'form',
    { class: 'join-form' },
    h('h2', { id: 'join-heading' }, t.live.joinHeading),
    h('p', {}, t.live.joinIntro),
    h('label', { for: 'class-code', style: 'display:block' }, t.live.code),
    code,
    h('label', { for: 'class-name', style: 'display:block;margin-top:8px' }, t.live.name),
    name,
    h('label', { for: 'class-seat', style: 'display:block;margin-top:8px' }, t.hosted.seatLabel),
    seat,
    message,
    h('div', { class: 'actions' }, join, cancel),
  );
  cancel.addEventListener('click', () => dialog.close());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const parsedCode = ClassCode.safeParse(code.value);
    const parsedName = DisplayName.safeParse(name.value);
    if (!parsedCode.success) return void (message.textContent = t.live.needCode);
    if (!parsedName.success) return void (message.textContent = t.live.needName);
    const parsedSeat = seat.value.trim() === '' ? null : ClassCode.safeParse(seat.value);
    if (parsedSeat && !parsedSeat.success) return void (message.textContent = t.hosted.needSeat);
    message.textContent = t.live.joining;
    join.disabled = true;
    joinClass(
      parsedCode.data,
      parsedName.data,
      parsedSeat?.data,
      (session) => {
        dialog.remove();
        play(session);
      },
      (line) => {
        join.disabled = false;
        message.textContent = line;
      },
    );
  });
  dialog.show(form, 'join-heading', given && last?.name ? join : given ? name : code);
  return dialog;
}
