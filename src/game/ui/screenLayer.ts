/**
 * A page of DOM over the whole window for the text-heavy screens (end, debrief). Unlike panels
 * Phaser places on its scaled 1280×720 layer, it is laid out at the window's real size: text
 * keeps its size on a 1024×768 projector, and it prints as a document. Removed with its scene.
 */
import type Phaser from 'phaser';
import { h } from './dom.ts';

export function screenLayer(scene: Phaser.Scene, className: string, ...children: (HTMLElement | null)[]): HTMLElement {
  const layer = h('div', { class: `ui screen-layer ${className}` }, ...children);
  document.body.append(layer);
  scene.events.once('shutdown', () => layer.remove());
  return layer;
}
