/**
 * A turn-based screen is still most of the time, so the canvas is redrawn only when something
 * changes: the game loop sleeps when idle and wakes for a change, an animation, a resize or a
 * scene change. On a classroom laptop without a GPU that keeps the page smooth and cool.
 */
import type Phaser from 'phaser';

export interface RenderOnDemand {
  /** Redraw for a while (longer than any animation about to start). */
  wake(ms?: number): void;
}

export function renderOnDemand(scene: Phaser.Scene): RenderOnDemand {
  const loop = scene.game.loop;
  let timer: number | undefined;
  const sleepWhenStill = () => {
    if (scene.tweens.getTweens().length > 0) return wake();
    loop.sleep();
  };
  const wake = (ms = 300) => {
    if (!loop.running) loop.wake();
    window.clearTimeout(timer);
    timer = window.setTimeout(sleepWhenStill, ms);
  };
  const onResize = () => wake();
  window.addEventListener('resize', onResize);
  scene.events.once('shutdown', () => {
    window.clearTimeout(timer);
    window.removeEventListener('resize', onResize);
    if (!loop.running) loop.wake();
  });
  wake();
  return { wake };
}
