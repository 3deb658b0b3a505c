import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classRow, classTableCsv, replayIdentity } from '../../src/replay/classTable.ts';
import { classCounts, rankRuns, referenceGroup, scenarioGroups, titleTwin } from '../../src/replay/classView.ts';
import { forgedEasierReplay } from '../hostile/build.ts';
import { loadReplayText } from '../../src/replay/verify.ts';
import { vraem } from '../engine/helpers.ts';

const text = (name: string) => readFileSync(`examples/replays/${name}.json`, 'utf8');
function load(name: string, content = text(name)) {
  const loaded = loadReplayText(content, { shipped: [vraem] });
  if (!loaded.ok) throw new Error(loaded.error);
  return { row: classRow(`${name}.json`, loaded), loaded };
}
function tamperedCopy(name: string): string {
  const replay = JSON.parse(text(name));
  replay.turns[3].decisions.levers.militaryOperations = 100;
  return JSON.stringify(replay);
}

describe('class view', () => {
  const paired = load('paired');
  const eradication = load('eradication-only');
  const unfinished = load('development-only-unfinished');
  const tampered = load('tampered', tamperedCopy('status-quo'));
  const all = [unfinished, paired, tampered, eradication];
  const trust = vraem.assessment.find((c) => c.id === 'trust')!;

  it('marks unfinished and unverified runs from the re-simulation', () => {
    expect(unfinished.row).toMatchObject({ verified: true, finished: false });
    expect(tampered.row).toMatchObject({ verified: false, finished: false });
    expect(paired.row).toMatchObject({ verified: true, finished: true });
  });

  it('ranks only verified finished runs by default; the toggle brings unfinished ones in', () => {
    const byDefault = rankRuns(all, trust, false);
    expect(byDefault.ranked.map((r) => r.row.file)).toEqual([paired, eradication].sort((a, b) => b.row.outcomes.trust! - a.row.outcomes.trust!).map((r) => r.row.file));
    expect(byDefault.unranked.map((r) => r.row.file)).toEqual(['development-only-unfinished.json', 'tampered.json']);
    const withUnfinished = rankRuns(all, trust, true);
    expect(withUnfinished.ranked.map((r) => r.row.file)).toContain('development-only-unfinished.json');
    expect(withUnfinished.unranked.map((r) => r.row.file)).toEqual(['tampered.json']);
  });

  it('counts verified and unverified files apart', () => {
    expect(classCounts(all.map((r) => r.row), false)).toEqual({ verified: 3, unverified: 1, unfinished: 1, counted: 2 });
    expect(classCounts(all.map((r) => r.row), true).counted).toBe(3);
  });

  it('treats a tampered copy as a file of its own, and only an identical copy as the same game', () => {
    expect(replayIdentity(tampered.loaded.replay)).not.toBe(replayIdentity(load('status-quo').loaded.replay));
    expect(replayIdentity(load('again', text('paired')).loaded.replay)).toBe(replayIdentity(paired.loaded.replay));
    const renamed = JSON.parse(text('paired'));
    renamed.player = 'Someone else';
    expect(replayIdentity(load('renamed', JSON.stringify(renamed)).loaded.replay)).toBe(replayIdentity(paired.loaded.replay));
  });

  it('exports whether each run is finished', () => {
    const csv = classTableCsv(all.map((r) => r.row), ['trust']).trim().split('\n');
    expect(csv[0]).toBe('file,player,scenario,seed,turns,verified,finished,status,trust');
    expect(csv[1]).toMatch(/^development-only-unfinished\.json,.*,vraem-2012,\d+,8,yes,no,/);
  });

  it('groups runs by scenario id and content, and takes the shipped scenario as the class\'s whatever file came first', () => {
    const lookAlike = load('forger', JSON.stringify(forgedEasierReplay('vraem-2012-revised')));
    const runs = [lookAlike, paired, eradication].map(({ row }) => ({ row, title: vraem.title }));
    const groups = scenarioGroups(runs);
    expect(groups.map((g) => [g.id, g.shipped, g.runs])).toEqual([
      ['vraem-2012', true, 2],
      ['vraem-2012-revised', false, 1],
    ]);
    expect(groups.every((g) => titleTwin(g, groups))).toBe(true);
    expect(referenceGroup(groups)!.id).toBe('vraem-2012');
    // Even when the look-alike is chosen, or outnumbers the shipped runs.
    expect(referenceGroup(groups, groups[1]!.key)!.id).toBe('vraem-2012');
    expect(referenceGroup(scenarioGroups([runs[0]!, runs[0]!, runs[1]!]))!.id).toBe('vraem-2012');
    // With no shipped run, the teacher's choice, else the largest group.
    const custom = scenarioGroups([runs[0]!]);
    expect(referenceGroup(custom)!.id).toBe('vraem-2012-revised');
  });
});
