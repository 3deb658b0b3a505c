/** Saves the game so far as a replay file, for the teacher's debrief. */
import { recordReplay } from '../../replay/record.ts';
import type { Session } from '../session.ts';

export function downloadReplay(session: Session): void {
  const replay = recordReplay(session.played(), session.player || undefined);
  const blob = new Blob([`${JSON.stringify(replay)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  const who = (session.player || 'game').replace(/[^\p{L}\p{N}-]+/gu, '-').slice(0, 40);
  link.href = URL.createObjectURL(blob);
  link.download = `${session.scenario.id}-${who}-seed-${session.seed}-turn-${session.state.turn}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
