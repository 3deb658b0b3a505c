/**
 * The live class's banner on a student's screen, over every scene: the class and name, the
 * connection, the seat code (to continue on another computer), turns waiting to be sent, a pause or a turn held for playing together, and the
 * teacher's prompt. Announced politely to screen readers; a held End turn is said at once.
 */
import './live.css';
import type { StudentLink } from '../../hub/studentLink.ts';
import { showCode } from '../../hub/code.ts';
import { t } from '../strings/index.ts';
import { h } from '../ui/dom.ts';

let banner: HTMLElement | null = null;
let held: HTMLElement | null = null;

function element(): HTMLElement {
  if (banner?.isConnected) return banner;
  banner = h('aside', { class: 'ui live-banner', 'data-testid': 'live-banner', 'aria-label': t.live.joinHeading });
  document.body.append(banner);
  return banner;
}

export function showBanner(link: StudentLink | null, code: string, name: string, seat: string | undefined): void {
  if (!link) {
    banner?.remove();
    banner = null;
    return;
  }
  const box = element();
  const control = link.control;
  const next = link.have + link.pending + 1;
  const state =
    link.status === 'online' && control.paused
      ? t.live.paused
      : link.status === 'online' && control.releasedThrough !== null && next > control.releasedThrough
        ? t.live.wait(next)
        : null;
  const heldLine = h('p', { class: 'live-held', role: 'alert', 'data-testid': 'live-held' });
  held = heldLine;
  box.dataset.status = link.status;
  box.dataset.have = String(link.have);
  box.replaceChildren(
    ...[
    h('p', { class: 'live-who' }, h('strong', {}, t.live.banner(showCode(code), name)), ' · ', h('span', { 'data-testid': 'live-status', role: 'status' }, t.live.status[link.status])),
    link.status === 'refused' && link.problem
      ? h('p', { class: 'live-problem', role: 'alert', 'data-testid': 'live-problem' }, link.problem.code === 'name-taken' && link.info ? t.live.replaced : t.live.refused[link.problem.code])
      : null,
    link.status === 'online' && link.problem?.code === 'turn-conflict' ? h('p', { class: 'live-problem' }, t.live.refused['turn-conflict']) : null,
    seat && link.status === 'online' ? h('p', { class: 'small', 'data-testid': 'live-seat' }, t.hosted.seatShown(showCode(seat))) : null,
    h('p', { class: 'small', 'data-testid': 'live-pending' }, link.pending ? t.live.pending(link.pending) : t.live.allSent),
    state ? h('p', { class: 'live-state', 'data-testid': 'live-state', role: 'status' }, state) : null,
    control.prompt ? h('p', { class: 'live-prompt', 'data-testid': 'live-prompt', role: 'status' }, h('strong', {}, t.live.fromTeacher), ' ', control.prompt) : null,
    heldLine,
    ].filter((line) => line !== null),
  );
}

/** Says why End turn did nothing (the class is paused or waits to play together). */
export function announceHeld(why: string): void {
  if (held) held.textContent = why;
}
