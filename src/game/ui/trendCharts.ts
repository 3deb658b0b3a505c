/** Trend charts across turns: region-wide trust, security, coca and insurgent influence. */
import Phaser from 'phaser';
import type { RegionSummary } from '../../engine/index.ts';
import { palette } from '../theme.ts';

export interface ChartSpec {
  readonly key: keyof RegionSummary;
  readonly colour: number;
  /** Fixed scale maximum, or null to scale to the data. */
  readonly max: number | null;
}

export const CHARTS: readonly ChartSpec[] = [
  { key: 'meanTrust', colour: palette.trust, max: 100 },
  { key: 'meanSecurity', colour: palette.security, max: 100 },
  { key: 'cocaHectares', colour: palette.coca, max: null },
  { key: 'meanInsurgentInfluence', colour: palette.influence, max: 100 },
];

/** Draws the four charts side by side inside the box; the x axis spans the whole game. */
export function drawCharts(graphics: Phaser.GameObjects.Graphics, history: readonly RegionSummary[], turns: number, box: { x: number; y: number; width: number; height: number }): void {
  graphics.clear();
  const gap = 12;
  const width = (box.width - gap * (CHARTS.length - 1)) / CHARTS.length;
  CHARTS.forEach((chart, i) => {
    const x = box.x + i * (width + gap);
    graphics.fillStyle(palette.background, 1).fillRect(x, box.y, width, box.height);
    graphics.lineStyle(1, palette.panelLine, 1).strokeRect(x, box.y, width, box.height);
    const values = history.map((h) => h[chart.key]);
    const max = chart.max ?? Math.max(1, ...values) * 1.15;
    const px = (turn: number) => x + 4 + ((width - 8) * turn) / Math.max(1, turns);
    const py = (value: number) => box.y + box.height - 4 - ((box.height - 8) * value) / max;
    // A dashed reference at the starting value, so change is visible at a glance.
    graphics.lineStyle(1, palette.textMuted, 0.5);
    for (let dx = x + 4; dx < x + width - 4; dx += 8) graphics.lineBetween(dx, py(values[0] ?? 0), Math.min(dx + 4, x + width - 4), py(values[0] ?? 0));
    graphics.lineStyle(3, chart.colour, 1);
    graphics.beginPath();
    values.forEach((v, turn) => (turn === 0 ? graphics.moveTo(px(turn), py(v)) : graphics.lineTo(px(turn), py(v))));
    graphics.strokePath();
    const last = values[values.length - 1];
    if (last !== undefined) graphics.fillStyle(chart.colour, 1).fillCircle(px(values.length - 1), py(last), 4);
  });
}
