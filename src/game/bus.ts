/**
 * The one seam between the scenes and anything outside the canvas (the test hook, the live
 * class): which scene is showing, the session being played, and a 'turn' event at each End turn.
 */
import type { Session } from './session.ts';

class GameBus extends EventTarget {
  scene = '';
  session: Session | null = null;
  /** True while a turn is passing on screen (decisions are not taken then). */
  busy = false;
  /** In a live class: why turn `turn` cannot be played now (paused, playing together; said on screen by the class's banner), or null. */
  turnGate: ((turn: number) => string | null) | null = null;

  /** Where the play screen's map is drawn on the page (CSS pixels), as its camera shows it, and its names' size there; null off the play screen. */
  mapOnScreen: { left: number; top: number; width: number; height: number; labelPx: number } | null = null;

  /** Milliseconds after navigation when each scene first became interactive. */
  readonly firstShown: Record<string, number> = {};

  enterScene(key: string): void {
    this.scene = key;
    this.firstShown[key] ??= performance.now();
    this.dispatchEvent(new CustomEvent('scene', { detail: key }));
  }
}

export const bus = new GameBus();
