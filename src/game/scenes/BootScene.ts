/**
 * Boot: waits for the bundled fonts, so the first text drawn is already in the right face, and
 * for the bundled scenarios the title screen needs: only the built-in default, unless a saved
 * game is to be restored or the player's language calls for another (see ../scenarios.ts).
 */
import Phaser from 'phaser';
import { bus } from '../bus.ts';
import { teacherParams } from '../live/teacherView.ts';
import { browserStore, hasSavedGame } from '../save.ts';
import { builtInSuffices, loadBundled } from '../scenarios.ts';
import { locale } from '../strings/index.ts';

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    bus.enterScene('Boot');
    const fonts = ['400 16px "Atkinson Hyperlegible"', '700 16px "Atkinson Hyperlegible"'].map((f) => document.fonts.load(f));
    // Never hang on a font: after a second, carry on with the fallback face.
    const timeout = new Promise((resolve) => setTimeout(resolve, 1000));
    // The teacher's page of a live class opens on the debrief, where the class's games arrive (on any scenario).
    const teacher = teacherParams() !== null;
    const scenarios = !teacher && builtInSuffices(hasSavedGame(browserStore()), locale()) ? Promise.resolve() : loadBundled();
    void Promise.all([Promise.race([Promise.all(fonts), timeout]), scenarios]).then(() => this.scene.start(teacher ? 'Debrief' : 'Title'));
  }
}
