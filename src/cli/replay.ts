/**
 * npm run replay -- FILE... [--verify] [--report text|md|csv] [--allow-custom]
 * Re-simulates replay files and verifies every turn. One file: a table of its turns; several:
 * a class table of outcomes, with the scenario each run played. Exit 0 all verified, on the
 * class's shipped scenario; 1 a file does not verify, or a run is not on the class's shipped
 * scenario (unless --allow-custom); 2 a file cannot be read or is not a replay.
 */
import { parseArgs } from 'node:util';
import { classRow, classTableCsv, outcomeCell, replayIdentity, scenarioCell, turnRows, type ClassRow } from '../replay/classTable.ts';
import { referenceGroup, scenarioGroups, scenarioKey, type ScenarioGroup } from '../replay/classView.ts';
import { loadReplayText, type LoadedReplay } from '../replay/verify.ts';
import { MAX_REPLAY_BYTES } from '../replay/schema.ts';
import { formatTable, InvalidFile, readText, runCli, shippedScenarios, UserError } from './common.ts';
import { csvDocument } from '../replay/csv.ts';
import { oneLine, print, warn } from './terminalText.ts';

const USAGE = 'usage: npm run replay -- FILE... [--verify] [--report text|md|csv] [--allow-custom]';

type Format = 'text' | 'md' | 'csv';
type Loaded = Extract<LoadedReplay, { ok: true }>;

function table(format: Format, header: string[], rows: (string | number)[][]): string {
  if (format === 'csv') return csvDocument(header, rows).trimEnd();
  const cell = (c: string | number) => (typeof c === 'number' ? String(c) : oneLine(c).replace(/\|/g, '\\|'));
  if (format === 'md') return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
  return formatTable(header, rows);
}

/** A replay, or why not; `unreadable` when the file could not be read as a replay at all (exit 2). */
function load(file: string, shipped: ReturnType<typeof shippedScenarios>): LoadedReplay {
  try {
    return loadReplayText(readText(file, MAX_REPLAY_BYTES), { shipped });
  } catch (error) {
    if (error instanceof InvalidFile || error instanceof UserError) return { ok: false, error: error.message.slice(file.length + 2), unreadable: true };
    throw error;
  }
}

/** What a run's row says when it is not on the class's shipped scenario, or null when it is. */
function offClass(row: ClassRow, reference: ScenarioGroup | undefined): string | null {
  if (!row.shippedScenario) return reference?.shipped ? `a custom scenario, not the class's ${reference.id}` : 'a custom scenario, not a shipped one';
  if (reference && scenarioKey(row) !== reference.key) return `another scenario than the class's ${reference.id}`;
  return null;
}

runCli(() => {
  const { values, positionals } = parseArgs({
    options: { verify: { type: 'boolean' }, report: { type: 'string' }, 'allow-custom': { type: 'boolean' }, help: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    print(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UserError(`no file given\n${USAGE}`);
  const format = (values.report ?? 'text') as Format;
  if (!['text', 'md', 'csv'].includes(format)) throw new UserError(`--report: expected text, md or csv, got "${values.report}"`);

  let unreadable = 0;
  let bad = 0;
  const seen = new Map<string, string>();
  const loaded: { file: string; replay: Loaded; row: ClassRow }[] = [];
  const shipped = shippedScenarios();
  for (const file of positionals) {
    const name = oneLine(file);
    const result = load(file, shipped);
    if (!result.ok) {
      warn(`${name}: ${oneLine(result.error)}`);
      if (result.unreadable) unreadable++;
      else bad++;
      continue;
    }
    for (const warning of result.warnings) warn(`${name}: warning: ${oneLine(warning)}`);
    const key = replayIdentity(result.replay);
    const twin = seen.get(key);
    if (twin) {
      warn(`${name}: the same game as ${oneLine(twin)}; counted once`);
      continue;
    }
    seen.set(key, file);
    if (result.modifiedFrom) {
      bad++;
      warn(`${name}: scenario modified from the shipped ${result.modifiedFrom} (its figures are not comparable with the class's)`);
    }
    if (result.divergence) {
      bad++;
      const { turn, reason, differing } = result.divergence;
      warn(`${name}: does not verify at turn ${turn}: ${oneLine(reason)}${differing.length ? ` (${oneLine(differing.join(', '))})` : ''}`);
    } else if (values.verify) {
      warn(`${name}: verified, ${result.replay.turns.length} turns${result.unfinished ? ` of ${result.scenario.calendar.turns} (unfinished)` : ''}, scenario ${oneLine(scenarioCell(classRow(file, result)))}`);
    }
    loaded.push({ file, replay: result, row: classRow(file, result) });
  }

  // The class's scenario: the shipped one most runs play; a run on any other is marked, and fails the command unless custom scenarios are allowed.
  const groups = scenarioGroups(loaded.map(({ row, replay }) => ({ row, title: replay.scenario.title })));
  const reference = referenceGroup(groups);
  const rows = loaded.map(({ file, row, replay }) => {
    const off = offClass(row, reference);
    if (!off) return row;
    // A changed copy of a shipped scenario has failed already, custom scenarios allowed or not.
    if (!values['allow-custom'] && !replay.modifiedFrom) {
      bad++;
      warn(`${oneLine(file)}: ${off} (${scenarioCell(row)}); --allow-custom to accept it`);
    }
    return { ...row, status: [row.status, off].filter(Boolean).join('; ') };
  });

  if (!values.verify && loaded.length === 1) {
    const only = loaded[0]!.replay;
    const levers = only.scenario.levers.map((l) => l.id);
    print(
      table(
        format,
        ['turn', ...levers, 'trust', 'security', 'coca ha', 'influence', 'events'],
        turnRows(only).map((r) => [r.turn, ...levers.map((id) => r.levers[id] ?? 0), r.meanTrust, r.meanSecurity, r.cocaHectares, r.meanInsurgentInfluence, r.events]),
      ),
    );
  } else if (!values.verify && loaded.length > 1) {
    const criteria = (loaded.find(({ row }) => reference && scenarioKey(row) === reference.key) ?? loaded[0]!).replay.scenario.assessment.map((c) => c.id);
    if (format === 'csv') process.stdout.write(classTableCsv(rows, criteria));
    else {
      print(
        table(
          format,
          ['file', 'player', 'scenario', 'seed', 'turns', 'verified', 'status', ...criteria],
          rows.map((r) => [r.file, r.player, scenarioCell(r), r.seed, r.turns, r.verified ? 'yes' : 'NO', r.status, ...criteria.map((id) => outcomeCell(r, id))]),
        ),
      );
    }
  }
  return unreadable > 0 ? 2 : bad > 0 ? 1 : 0;
});
