/**
 * A read-only window on the game for browser tests, installed only when the page is opened with
 * `?test`: which scene shows, the session's decisions and state, and a way to wait for a scene.
 * It reads the bus and the session, never Phaser's internals.
 */
import { bus } from './bus.ts';

export interface TestHook {
  scene(): string;
  busy(): boolean;
  firstShown(): Record<string, number>;
  mapOnScreen(): { left: number; top: number; width: number; height: number; labelPx: number } | null;
  waitForScene(key: string): Promise<void>;
  session(): { scenarioId: string; seed: string; turn: number; finished: boolean; hash: string; decisions: unknown[]; heeded: (string | null)[] } | null;
}

export function installTestHook(): void {
  if (!new URLSearchParams(window.location.search).has('test')) return;
  const hook: TestHook = {
    scene: () => bus.scene,
    busy: () => bus.busy,
    firstShown: () => ({ ...bus.firstShown }),
    mapOnScreen: () => bus.mapOnScreen,
    waitForScene: (key) =>
      new Promise((resolve) => {
        if (bus.scene === key) return resolve();
        const listener = (event: Event) => {
          if ((event as CustomEvent<string>).detail !== key) return;
          bus.removeEventListener('scene', listener);
          resolve();
        };
        bus.addEventListener('scene', listener);
      }),
    session: () => {
      const session = bus.session;
      if (!session) return null;
      return {
        scenarioId: session.scenario.id,
        seed: session.seed,
        turn: session.state.turn,
        finished: session.state.finished,
        hash: session.hash(),
        decisions: JSON.parse(JSON.stringify(session.decisionLog)) as unknown[],
        heeded: [...session.heeded],
      };
    },
  };
  (window as unknown as { __btf: TestHook }).__btf = hook;
}
