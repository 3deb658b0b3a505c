/**
 * How far each setting's band has been played: the series of its first seeds, in seed order,
 * kept between requests. Work begun ahead on a neighbouring setting is not thrown away when the
 * teacher moves there before it is done: the move draws a first look from the seeds already
 * played and plays on from where they stop. Every seed is played on its own (fixed seeds, a
 * deterministic engine), so seeds played in several parts give the very series of one run, and the
 * final band is the one a single request would have drawn.
 *
 * A setting's series is forgotten once its band is whole (the band itself is kept, see
 * bandCache.ts); the oldest unfinished ones past a limit, since each holds a few thousand numbers.
 */
import type { SeedSeries } from '../../analysis/outcomeBand.ts';

/** A 200-seed series of six criteria over 21 turns is about 25,000 numbers: 32 of them stay under ten megabytes. */
const KEPT = 32;

const played = new Map<string, SeedSeries>();

/** The series of the seeds of `key` played so far (the first ones, in order); empty if none. */
export function playedSoFar(key: string): SeedSeries {
  return played.get(key) ?? [];
}

/**
 * Plays the seeds of `key` after those played so far, up to `end` (of `seeds`), keeps them and
 * answers the series of every seed played. `run` plays some seeds (in the workers).
 */
export async function playOn(key: string, seeds: readonly string[], end: number, run: (part: string[]) => Promise<SeedSeries>): Promise<SeedSeries> {
  const before = playedSoFar(key);
  if (before.length >= end) return before;
  const part = await run(seeds.slice(before.length, end));
  // Another request for the same setting may have played on meanwhile: keep the longer (both are its first seeds in order).
  const ours = [...before, ...part];
  const now = playedSoFar(key);
  const series = now.length > ours.length ? now : ours;
  played.delete(key);
  played.set(key, series);
  while (played.size > KEPT) played.delete(played.keys().next().value!);
  return series;
}

/** Forgets a setting's seeds: its band is whole and kept. */
export function forgetPlayed(key: string): void {
  played.delete(key);
}
