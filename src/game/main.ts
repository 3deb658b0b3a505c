/**
 * Starts the game: Phaser, scaled to fit any screen from a portrait tablet to 1920×1080. The
 * canvas fills the whole window (it grows in the window's longer direction rather than leave
 * bands), so the play screen's map can sit wherever the page lays it out, and scroll with it.
 */
import './noEval.ts';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import Phaser from 'phaser';
import './ui/styles.css';
import { palette, GAME_HEIGHT, GAME_WIDTH } from './theme.ts';
import { BootScene } from './scenes/BootScene.ts';
import { TitleScene } from './scenes/TitleScene.ts';
import { PlayScene } from './scenes/PlayScene.ts';
import { EndScene } from './scenes/EndScene.ts';
import { DebriefScene } from './scenes/DebriefScene.ts';
import { installTestHook } from './testHook.ts';
import { startLocale } from './strings/browserLocale.ts';

startLocale();
document.getElementById('app')?.setAttribute('role', 'main');

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'app',
  backgroundColor: palette.background,
  banner: false,
  dom: { createContainer: true },
  // Multisampling costs classroom laptops without a GPU half of every animated frame (software
  // WebGL: 59 instead of 30 fps in npm run bench:web); the thick lines drawn here barely need it.
  render: { antialiasGL: false },
  scale: {
    mode: Phaser.Scale.EXPAND,
    autoCenter: Phaser.Scale.CENTER_BOTH,
    width: GAME_WIDTH,
    height: GAME_HEIGHT,
  },
  scene: [BootScene, TitleScene, PlayScene, EndScene, DebriefScene],
  // Everything the canvas shows has a DOM equivalent (map list, chart tables, announced turns).
  callbacks: { postBoot: (game) => game.canvas.setAttribute('aria-hidden', 'true') },
});

installTestHook();
