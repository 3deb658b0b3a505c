/**
 * npm run replay -- FILE... [--verify] [--report text|md|csv]
 * Re-simulates replay files and verifies every turn. One file: a table of its turns; several:
 * a class table of outcomes. Exit 0 all verified, 1 a file has errors or does not verify, 2 a
 * file cannot be read.
 */
import { parseArgs } from 'node:util';
import { classRow, classTableCsv, replayIdentity, turnRows, type ClassRow } from '../replay/classTable.ts';
import { loadReplayText, type LoadedReplay } from '../replay/verify.ts';
import { MAX_REPLAY_BYTES } from '../replay/schema.ts';
import { csvDocument, formatTable, InvalidFile, readText, runCli, shippedScenarios, UserError } from './common.ts';

const USAGE = 'usage: npm run replay -- FILE... [--verify] [--report text|md|csv]';

type Format = 'text' | 'md' | 'csv';

function table(format: Format, header: string[], rows: (string | number)[][]): string {
  if (format === 'csv') return csvDocument(header, rows).trimEnd();
  if (format === 'md') return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  return formatTable(header, rows);
}

/** A replay, or why not; `unreadable` when the file could not be read at all (exit 2). */
function load(file: string, shipped: ReturnType<typeof shippedScenarios>): LoadedReplay | { ok: false; error: string; unreadable: true } {
  try {
    return loadReplayText(readText(file, MAX_REPLAY_BYTES), { shipped });
  } catch (error) {
    if (error instanceof InvalidFile) return { ok: false, error: error.message.slice(file.length + 2) };
    if (error instanceof UserError) return { ok: false, error: error.message.slice(file.length + 2), unreadable: true };
    throw error;
  }
}

runCli(() => {
  const { values, positionals } = parseArgs({
    options: { verify: { type: 'boolean' }, report: { type: 'string' }, help: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UserError(`no file given\n${USAGE}`);
  const format = (values.report ?? 'text') as Format;
  if (!['text', 'md', 'csv'].includes(format)) throw new UserError(`--report: expected text, md or csv, got "${values.report}"`);

  let unreadable = 0;
  let bad = 0;
  const seen = new Map<string, string>();
  const rows: ClassRow[] = [];
  const loaded: { file: string; replay: Extract<LoadedReplay, { ok: true }> }[] = [];
  const shipped = shippedScenarios();
  for (const file of positionals) {
    const result = load(file, shipped);
    if (!result.ok) {
      console.error(`${file}: ${result.error}`);
      if ('unreadable' in result) unreadable++;
      else bad++;
      continue;
    }
    const key = replayIdentity(result.replay);
    const twin = seen.get(key);
    if (twin) {
      console.error(`${file}: the same game as ${twin}; counted once`);
      continue;
    }
    seen.set(key, file);
    if (result.modifiedFrom) {
      bad++;
      console.error(`${file}: scenario modified from the shipped ${result.modifiedFrom} (its figures are not comparable with the class's)`);
    }
    if (result.divergence) {
      bad++;
      const { turn, reason, differing } = result.divergence;
      console.error(`${file}: does not verify at turn ${turn}: ${reason}${differing.length ? ` (${differing.join(', ')})` : ''}`);
    } else if (values.verify) {
      console.error(`${file}: verified, ${result.replay.turns.length} turns${result.unfinished ? ` of ${result.scenario.calendar.turns} (unfinished)` : ''}`);
    }
    rows.push(classRow(file, result));
    loaded.push({ file, replay: result });
  }

  if (!values.verify && loaded.length === 1) {
    const only = loaded[0]!.replay;
    const levers = only.scenario.levers.map((l) => l.id);
    console.log(
      table(
        format,
        ['turn', ...levers, 'trust', 'security', 'coca ha', 'influence', 'events'],
        turnRows(only).map((r) => [r.turn, ...levers.map((id) => r.levers[id] ?? 0), r.meanTrust, r.meanSecurity, r.cocaHectares, r.meanInsurgentInfluence, r.events]),
      ),
    );
  } else if (!values.verify && loaded.length > 1) {
    const criteria = loaded[0]!.replay.scenario.assessment.map((c) => c.id);
    if (format === 'csv') process.stdout.write(classTableCsv(rows, criteria));
    else {
      console.log(
        table(
          format,
          ['file', 'player', 'seed', 'turns', 'verified', 'status', ...criteria],
          rows.map((r) => [r.file, r.player, r.seed, r.turns, r.verified ? 'yes' : 'NO', r.status, ...criteria.map((id) => r.outcomes[id] ?? '')]),
        ),
      );
    }
  }
  return unreadable > 0 ? 2 : bad > 0 ? 1 : 0;
});
