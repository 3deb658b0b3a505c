/** Files the game hands to the user: replays for the debrief, class tables for a spreadsheet. */
import { recordReplay } from '../../replay/record.ts';
import type { Session } from '../session.ts';

export function saveFile(name: string, text: string | Uint8Array<ArrayBuffer>, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export function downloadReplay(session: Session): void {
  const replay = recordReplay(session.played(), session.player || undefined);
  saveFile(replayFileName(session.scenario.id, session.player, session.seed, session.state.turn), `${JSON.stringify(replay)}\n`, 'application/json');
}

/** A replay file's name: scenario, player, seed and turn. */
export function replayFileName(scenarioId: string, player: string, seed: string, turn: number): string {
  const who = (player || 'game').replace(/[^\p{L}\p{N}-]+/gu, '-').slice(0, 40);
  return `${scenarioId}-${who}-seed-${seed}-turn-${turn}.json`;
}
