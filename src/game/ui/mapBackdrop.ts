/** Draws a scenario's stylized map (land, rivers, region names) into a rectangle of the canvas. */
import Phaser from 'phaser';
import type { Scenario } from '../../scenario/schema.ts';
import { css, font, palette } from '../theme.ts';

export interface MapFrame {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
  readonly width: number;
  readonly height: number;
}

/** Fits the scenario's map coordinates into the box, centred. */
export function fitMap(scenario: Scenario, box: { x: number; y: number; width: number; height: number }): MapFrame {
  const scale = Math.min(box.width / scenario.map.width, box.height / scenario.map.height);
  const width = scenario.map.width * scale;
  const height = scenario.map.height * scale;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, scale, width, height };
}

export function toScreen(frame: MapFrame, point: { x: number; y: number }): { x: number; y: number } {
  return { x: frame.x + point.x * frame.scale, y: frame.y + point.y * frame.scale };
}

/** The smallest size, in screen pixels, of a name drawn on the map (regions, rivers). */
export const MIN_LABEL_PX = 12.5;

/**
 * Keeps the map's names readable however small the map is shown: `screenPerWorld` is how many
 * screen pixels one of the map's pixels takes; a name never drops under MIN_LABEL_PX on screen.
 * Returns the names' size on screen.
 */
export function fitLabels(map: Phaser.GameObjects.Container, screenPerWorld: number): number {
  const px = Math.max(font.size.small, Math.ceil(MIN_LABEL_PX / screenPerWorld));
  for (const child of map.list) if (child instanceof Phaser.GameObjects.Text && child.style.fontSize !== `${px}px`) child.setFontSize(`${px}px`);
  return px * screenPerWorld;
}

export function drawMap(scene: Phaser.Scene, scenario: Scenario, frame: MapFrame, alpha = 1): Phaser.GameObjects.Container {
  const container = scene.add.container(0, 0).setAlpha(alpha);
  const land = scene.add.graphics();
  land.fillStyle(palette.land, 1).fillRoundedRect(frame.x, frame.y, frame.width, frame.height, 8);
  land.lineStyle(1, palette.panelLine, 1).strokeRoundedRect(frame.x, frame.y, frame.width, frame.height, 8);
  container.add(land);
  for (const region of scenario.map.regions) {
    const at = toScreen(frame, region.at);
    const label = scene.add
      .text(at.x, at.y, region.name, { fontFamily: font.family, fontSize: `${font.size.small}px`, color: css(palette.textMuted) })
      .setOrigin(0.5)
      .setAlpha(0.7)
      .setLetterSpacing(3);
    container.add(label);
  }
  const rivers = scene.add.graphics();
  for (const river of scenario.map.rivers) {
    const points = river.points.map((p) => toScreen(frame, p));
    rivers.lineStyle(Math.max(2, 5 * frame.scale), palette.river, 0.85);
    rivers.beginPath();
    rivers.moveTo(points[0]!.x, points[0]!.y);
    for (const p of points.slice(1)) rivers.lineTo(p.x, p.y);
    rivers.strokePath();
    const at = river.labelAt ? toScreen(frame, river.labelAt) : points[Math.floor(points.length / 2)]!;
    const label = scene.add
      .text(at.x + 8, at.y - 8, river.name, { fontFamily: font.family, fontSize: `${font.size.small}px`, color: css(palette.river), fontStyle: 'italic' })
      .setOrigin(0, 1);
    container.add(label);
  }
  container.addAt(rivers, 1);
  return container;
}
