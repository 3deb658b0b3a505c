/** Files the game hands to the user: replays for the debrief, class tables for a spreadsheet. */
import { recordReplay } from '../../replay/record.ts';
import type { Session } from '../session.ts';

export function saveFile(name: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export function downloadReplay(session: Session): void {
  const replay = recordReplay(session.played(), session.player || undefined);
  const who = (session.player || 'game').replace(/[^\p{L}\p{N}-]+/gu, '-').slice(0, 40);
  saveFile(`${session.scenario.id}-${who}-seed-${session.seed}-turn-${session.state.turn}.json`, `${JSON.stringify(replay)}\n`, 'application/json');
}
