/** Boot: waits for the bundled fonts, so the first text drawn is already in the right face. */
import Phaser from 'phaser';
import { bus } from '../bus.ts';
import { teacherParams } from '../live/teacherView.ts';

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    bus.enterScene('Boot');
    const fonts = ['400 16px "Atkinson Hyperlegible"', '700 16px "Atkinson Hyperlegible"'].map((f) => document.fonts.load(f));
    // Never hang on a font: after a second, carry on with the fallback face.
    const timeout = new Promise((resolve) => setTimeout(resolve, 1000));
    // The teacher's page of a live class opens on the debrief, where the class's games arrive.
    void Promise.race([Promise.all(fonts), timeout]).then(() => this.scene.start(teacherParams() ? 'Debrief' : 'Title'));
  }
}
