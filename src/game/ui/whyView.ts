/**
 * The why of a turn on screen: first, per community, how trust and security moved and the few
 * causes behind each in plain words with their evidence grade and citation; then the full
 * ledger, every line reachable, grouped by community, collapsible and searchable.
 */
import { groupLedger, isNotable, isNotableMove, searchLedger, evidenceFor, type Cause, type CommunityWhy, type Evidence, type LeafMarket, type LedgerGroup, type LedgerLine, type Move } from '../../analysis/why.ts';
import { digestTurn, type TopChange } from '../../analysis/turnDigest.ts';
import type { TurnReport } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { INDEX_METRICS, MECHANISM_IDS, type MechanismId } from '../../scenario/vocabulary.ts';
import { t } from '../strings/index.ts';
import { h } from './dom.ts';
import { fmt } from './format.ts';
import { countWords } from './wordBudget.ts';

/** The most words the default view of a turn shows (the rest is in the "Every community" tab). */
export const SUMMARY_WORDS = 120;

/** Words a reader sees in a block, its child blocks (heading, paragraph, list item) counted apart so their words do not run together. */
const wordsOf = (block: Element): number => [...block.children].reduce((n, child) => n + countWords(child.textContent ?? ''), 0);

export function mechanismLabel(scenario: Scenario, mechanism: string): string {
  if (mechanism.startsWith('event:')) {
    const event = scenario.events.find((e) => e.id === mechanism.slice(6));
    return t.mechanism.event(event?.title ?? mechanism);
  }
  return (MECHANISM_IDS as readonly string[]).includes(mechanism) ? t.mechanism[mechanism as MechanismId] : mechanism;
}

/** A cause in plain words: what happened to people, not the mechanism's name. */
export function causeWords(scenario: Scenario, cause: Pick<Cause, 'mechanism' | 'variant'>): string {
  if (cause.mechanism.startsWith('event:')) {
    const event = scenario.events.find((e) => e.id === cause.mechanism.slice(6));
    return t.why.event(event?.title ?? cause.mechanism);
  }
  return t.why.causes[`${cause.mechanism}.${cause.variant}`] ?? mechanismLabel(scenario, cause.mechanism).toLowerCase();
}

/**
 * A short reference for a line of text: "stated · Zech 2014, endnote 38" (the grade, then a
 * person's surname, the year, and the endnotes when the locator names them).
 * The full citation is in the ledger's list of sources.
 */
export function evidenceTag(scenario: Scenario, evidence: Evidence | null): string {
  if (!evidence) return '';
  const source = evidence.citation ? scenario.sources.find((s) => s.author === evidence.citation!.author && s.title === evidence.citation!.title) : undefined;
  let cite = '';
  if (evidence.citation) {
    const author = evidence.citation.author;
    // "Steven T. Zech" → "Zech"; an organisation ("InSight Crime") keeps its whole name.
    const surname = /^[A-Z][a-z]+ ([A-Z]\. )?[A-Z][a-z]+$/.test(author) ? author.split(' ').pop()! : author;
    const year = source?.date.match(/\d{4}/)?.[0];
    const locator = evidence.citation.locator;
    const notes = locator.match(/endnotes? [\d–, ]+\d/)?.[0];
    cite = `${surname}${year ? ` ${year}` : ''}, ${notes ?? locator}`;
  }
  return [t.why.gradeShort[evidence.grade], cite].filter((part) => part !== '').join(' · ');
}

function verb(change: number): string {
  return change <= -0.05 ? t.why.fell : change >= 0.05 ? t.why.rose : t.why.held;
}

/** One measure's move and its causes as a sentence, the causes each with amount, grade and citation. */
export function moveSentence(scenario: Scenario, label: string, move: Move, gradeOnly = false): HTMLElement {
  const causes = move.causes.map((cause) =>
    h(
      'span',
      { class: 'cause' },
      causeWords(scenario, cause),
      ' ',
      h('span', { class: `amount ${cause.amount >= 0 ? 'better' : 'worse'}` }, fmt.signed(cause.amount)),
      cause.evidence ? h('span', { class: 'cite' }, ` (${gradeOnly ? t.why.gradeShort[cause.evidence.grade] : evidenceTag(scenario, cause.evidence)})`) : null,
    ),
  );
  const parts: (Node | string)[] = [];
  causes.forEach((c, i) => parts.push(...(i > 0 ? [t.why.and, c] : [c])));
  if (Math.abs(move.rest) >= 0.05) parts.push(t.why.and, t.why.rest(fmt.signed(move.rest)));
  return h(
    'span',
    { class: 'move', 'data-metric': move.metric },
    h('strong', {}, t.why.move(label, verb(move.change), fmt.index(move.before), fmt.index(move.after))),
    causes.length > 0 ? t.why.because : '',
    ...parts,
    '.',
  );
}

/** The measures that moved enough to tell, each as a sentence with its causes. */
function movesOf(scenario: Scenario, c: CommunityWhy): HTMLElement[] {
  const moves: HTMLElement[] = [];
  if (isNotableMove(c.trust)) moves.push(moveSentence(scenario, t.play.community.trust, c.trust));
  if (isNotableMove(c.security)) moves.push(moveSentence(scenario, t.play.community.security, c.security));
  return moves;
}

/** How many communities the summary tells in full; the others are named with their changes. */
const TOLD_IN_FULL = 4;

/** "Kimbiri (trust −0.8, security +0.6)": a community that moved, in a few words. */
function brief(c: CommunityWhy): string {
  const parts = [
    isNotableMove(c.trust) ? `${t.play.community.trust.toLowerCase()} ${fmt.signed(c.trust.change)}` : '',
    isNotableMove(c.security) ? `${t.play.community.security.toLowerCase()} ${fmt.signed(c.security.change)}` : '',
  ].filter((p) => p !== '');
  return `${c.name} (${parts.join(', ')})`;
}

/** A top change of the turn in a line: "Luricocha: security rose 58.3 → 59.8: patrols deterred bandits +1.6 (stated · …)." */
function topLine(scenario: Scenario, change: TopChange, oneCause: boolean, gradeOnly: boolean): HTMLElement {
  const label = change.metric === 'trust' ? t.play.community.trust : t.play.community.security;
  const move = { ...change.move, causes: oneCause ? change.move.causes.slice(0, 1) : change.move.causes, rest: 0 };
  return h('li', { 'data-community': change.community, 'data-metric': change.metric }, h('strong', { class: 'who' }, change.name), ' — ', moveSentence(scenario, label, move, gradeOnly));
}

/**
 * The top changes in at most `budget` words: each with its main causes and their sources; if
 * that is too long, the second causes go from the last line up, then the sources shrink to
 * their grade (they stay in full under "more" and in the ledger).
 */
function topChanges(scenario: Scenario, top: readonly TopChange[], budget: number): HTMLElement {
  const render = (oneCauseFrom: number, gradeOnly: boolean) => h('ol', { class: 'top-changes', 'data-testid': 'why-top' }, ...top.map((change, i) => topLine(scenario, change, i >= oneCauseFrom, gradeOnly)));
  const tries = [...top.map((_, i) => [top.length - i, false] as const), [0, false] as const, [0, true] as const];
  for (const [from, gradeOnly] of tries) {
    const list = render(from, gradeOnly);
    if (wordsOf(list) <= budget) return list;
  }
  return render(0, true);
}

/**
 * The people-first summary. Read in a minute: a headline (how many communities saw trust and
 * security rise or fall) and the three biggest moves with their main causes. Every community,
 * every cause and the leaf market are one tap away, in `full` (its own tab, so the default view
 * adds no Tab stop between the heading and the advisers). The heading takes the focus after each
 * turn, so it is focusable by script (tabindex −1) but adds no Tab stop.
 */
export function renderSummary(scenario: Scenario, turn: number, why: readonly CommunityWhy[] | null, market?: LeafMarket): { element: HTMLElement; heading: HTMLElement; full: HTMLElement } {
  const heading = h('h2', { id: 'why-heading', tabindex: -1, 'data-testid': 'why-heading' }, why ? t.why.heading(turn) : t.why.startHeading);
  if (!why) return { element: h('section', { 'aria-labelledby': 'why-heading', class: 'why' }, heading, h('p', {}, t.why.start)), heading, full: h('section', { class: 'why' }, h('p', {}, t.why.start)) };
  const notable = why.filter(isNotable);
  const told = notable.slice(0, TOLD_IN_FULL);
  const named = notable.slice(TOLD_IN_FULL);
  const quiet = why.filter((c) => !isNotable(c));
  const digest = digestTurn(why);
  const { tally } = digest;
  const full = h(
    'section',
    { class: 'why', 'aria-labelledby': 'why-full-heading', 'data-testid': 'why-full' },
    h('h2', { id: 'why-full-heading' }, t.why.fullHeading(turn)),
    notable.length === 0 ? h('p', {}, t.why.quiet) : null,
    h(
      'ul',
      { class: 'people' },
      ...told.map((c) => h('li', { 'data-community': c.id }, h('strong', { class: 'who' }, c.name), ' — ', ...movesOf(scenario, c).flatMap((m, i) => (i > 0 ? [' ', m] : [m])))),
    ),
    named.length > 0 ? h('p', { 'data-testid': 'why-also' }, t.why.alsoMoved(named.map(brief).join('; '))) : null,
    notable.length > 0 && quiet.length > 0 ? h('p', { class: 'muted' }, t.why.quietOthers(quiet.map((c) => c.name).join(', '))) : null,
    // What a hectare of coca pays moves with the leaf price (the leaf-price mechanism): said every turn.
    market ? h('p', { 'data-testid': 'why-market' }, t.why.market(fmt.price(market.after), fmt.price(market.start), `${fmt.signed(market.changePercent)} %`)) : null,
  );
  const element = h(
    'section',
    { 'aria-labelledby': 'why-heading', class: 'why', 'data-testid': 'why-summary' },
    heading,
    h('p', { class: 'headline', 'data-testid': 'why-headline' }, notable.length === 0 ? t.why.quiet : t.why.headline(tally.communities, tally.trustUp, tally.trustDown, tally.securityUp, tally.securityDown)),
  );
  // The default view (heading, headline, top changes) reads in a minute.
  if (digest.top.length > 0) element.append(topChanges(scenario, digest.top, SUMMARY_WORDS - wordsOf(element)));
  return { element, heading, full };
}

/** Metrics shown with a decimal (index points and millions); the rest are whole counts. */
export const INDEX_LIKE = new Set<string>([...INDEX_METRICS, 'clanStrength', 'developmentInvested', 'donorFunding', 'leafPrice']);
const GOOD_WHEN_UP = new Set<string>(['trust', 'security', 'committeeStrength', 'soilHealth', 'licitHectares', 'developmentInvested', 'donorFunding']);
const BAD_WHEN_UP = new Set<string>(['insurgentInfluence', 'grievanceEradication', 'grievanceAbuse', 'grievanceViolence', 'abuses', 'reprisals', 'civilianHarm', 'clanStrength']);

/** Colour class for a change: better, worse, or neither (coca and eradication are contested). */
export function tone(line: Pick<LedgerLine, 'metric' | 'amount'>): string {
  if (GOOD_WHEN_UP.has(line.metric)) return line.amount > 0 ? 'better' : 'worse';
  if (BAD_WHEN_UP.has(line.metric)) return line.amount > 0 ? 'worse' : 'better';
  return 'neutral';
}

/** The full ledger of a turn: a search box, one collapsible group per community, every line. */
export function renderLedger(scenario: Scenario, report: TurnReport | undefined): HTMLElement {
  if (!report) return h('p', { class: 'muted' }, t.play.noReportYet);
  const names = new Map(scenario.communities.map((c) => [c.id, c.name]));
  const groupName = (g: LedgerGroup) => (g.community === null ? t.report.region : (names.get(g.community) ?? g.community));
  const describe = (g: LedgerGroup, l: LedgerLine) => `${groupName(g)} ${t.metric[l.metric]} ${mechanismLabel(scenario, l.mechanism)}`;
  const groups = groupLedger(scenario, report);
  const total = groups.reduce((n, g) => n + g.lines.length, 0);

  const search = h('input', { type: 'search', id: 'ledger-search', 'data-testid': 'ledger-search', placeholder: t.why.ledger.searchHint, autocomplete: 'off' });
  const count = h('span', { class: 'muted', role: 'status', 'data-testid': 'ledger-count' });
  const list = h('div', { class: 'ledger-groups' });
  const evidence = new Map<string, Evidence>();

  const line = (l: LedgerLine) => {
    const note = evidenceFor(scenario, l.evidence);
    if (note) evidence.set(note.id, note);
    return h(
      'li',
      { class: 'report-line', 'data-mechanism': l.mechanism, 'data-metric': l.metric },
      h('span', {}, `${t.metric[l.metric]} — ${mechanismLabel(scenario, l.mechanism)}`, note ? h('span', { class: 'cite' }, ` (${evidenceTag(scenario, note)})`) : null),
      h('span', { class: `amount ${tone(l)}` }, fmt.signed(l.amount, INDEX_LIKE.has(l.metric) ? 1 : 0)),
    );
  };

  const show = () => {
    const found = searchLedger(groups, search.value, describe);
    const searching = search.value.trim() !== '';
    count.textContent = t.why.ledger.count(found.reduce((n, g) => n + g.lines.length, 0), total);
    list.replaceChildren(
      ...found.map((g) =>
        h(
          'details',
          { class: 'ledger-group', 'data-community': g.community ?? 'region', open: searching || found.length === 1 },
          h('summary', {}, h('strong', {}, groupName(g)), h('span', { class: 'muted' }, ` — ${t.why.ledger.lines(g.lines.length)}`)),
          h('ul', {}, ...g.lines.map(line)),
        ),
      ),
      found.length === 0 ? h('p', { class: 'muted' }, t.why.ledger.none) : '',
    );
  };
  search.addEventListener('input', show);
  show();

  const notes = h(
    'details',
    { class: 'ledger-group' },
    h('summary', {}, h('strong', {}, t.report.source)),
    h(
      'ul',
      {},
      ...[...evidence.values()].map((e) =>
        h('li', { class: 'evidence' }, e.paraphrase, ' ', h('span', { class: 'cite' }, `(${[t.why.grade[e.grade], e.citation ? t.why.citation(e.citation.author, e.citation.title, e.citation.locator) : ''].filter((x) => x).join('; ')})`)),
      ),
    ),
  );
  // Built once from the unfiltered ledger so every cited note is listed.
  return h(
    'section',
    // Every change of a turn runs to pages on paper: a printed handout keeps to the summary.
    { class: 'ledger no-print', 'aria-labelledby': 'ledger-heading', 'data-testid': 'ledger' },
    h('h2', { id: 'ledger-heading' }, t.why.ledger.heading(report.turn)),
    h('div', { class: 'ledger-search' }, h('label', { for: 'ledger-search' }, t.why.ledger.search), search, count),
    list,
    notes,
  );
}
