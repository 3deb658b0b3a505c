/**
 * The scenario file format. Types are inferred from these schemas; the authoring guide and
 * scenarios/schema.json are generated from the .describe() texts.
 */
import { z } from 'zod';
import { CommunityMetric, GlobalMetric, LeverId, MechanismId, PriceId } from './vocabulary.ts';
import { MechanismParams } from './mechanismParams.ts';
import { Translations } from './translationSchema.ts';
import { Adviser, BriefingPage, GlossaryEntry } from './voicesSchema.ts';

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lower-case letters, digits and dashes, such as "pichari"');
const Text = z.string().min(1);
const Index = (what: string) => z.number().min(0).max(100).describe(`${what} (0–100).`);
/**
 * Bounds on the economy's figures, far beyond any real place (the whole VRAEM grows about 20,000
 * hectares of coca; a household has a handful of people) yet low enough that no product of them
 * overflows a double in a game of 200 turns: every number the engine derives stays finite.
 */
export const MAX_HECTARES = 1_000_000;
export const MAX_MONEY = 1_000_000;
const Hectares = (what: string) => z.number().min(0).max(MAX_HECTARES).describe(what);
const Money = (what: string) => z.number().min(0).max(MAX_MONEY).describe(what);

export const Source = z
  .strictObject({
    id: Id.describe('Short id that evidence notes use to refer to this source.'),
    author: Text.describe('Author or organization.'),
    title: Text.describe('Title of the article, report, law or page.'),
    publication: Text.describe('Where it was published (journal, publisher, official gazette, website).'),
    date: Text.describe('Publication date, as precise as known; it must contain the year (for example "April 2014").'),
    url: z.url({ protocol: /^https?$/, error: 'expected a web address starting with http:// or https://' }).optional().describe('Where to read it (http or https).'),
    reference: Text.optional().describe('Where to find it when there is no url, or more precisely than the url: report number, pages, ISBN, gazette issue.'),
    license: z.string().optional().describe('Licence or reuse terms, if any.'),
  })
  .describe('A published source the scenario rests on. A source that "external" evidence notes cite needs a full citation: author, year in the date, title, publication, and a url or a reference.');

export const GRADES = ['stated', 'inferred', 'external', 'assumption'] as const;
export const Grade = z
  .enum(GRADES)
  .describe(
    'How the claim rests on evidence: "stated" (the source says it), "inferred" (drawn from what the source says, not said in so many words), "external" (a published figure from a source with a full citation), "assumption" (the scenario\'s own choice; give the reason).',
  );
export type Grade = z.infer<typeof Grade>;

/** At most eight words, so that a quotation points at a passage without copying it. */
const PASSAGE_WORDS = 8;
const Passage = z
  .string()
  .min(1)
  .refine((text) => text.trim().split(/\s+/).length <= PASSAGE_WORDS, `expected at most ${PASSAGE_WORDS} words quoted from the source`)
  .describe(`A short phrase (at most ${PASSAGE_WORDS} words) quoted word for word from the passage the claim rests on, so a reader finds it in a minute.`);

export const EvidenceNote = z
  .strictObject({
    id: Id.describe('Id that mechanisms, events and calibration notes refer to.'),
    grade: Grade,
    source: Id.describe('Id of the source (see "sources"); for an assumption, the source whose passage prompted it.'),
    locator: Text.describe('Where in the source: section, endnote, paragraph, page.'),
    paraphrase: Text.describe('What the source says, in the scenario author\'s own words (never a copied sentence); for an assumption, what the scenario assumes.'),
    passage: Passage.optional(),
    reason: Text.optional().describe('Required for an "assumption": why this value or claim was chosen.'),
  })
  .describe('A short paraphrase of a passage in a source, with where to find it and how firmly it rests on it.');
export type EvidenceNote = z.infer<typeof EvidenceNote>;

const TIMELINE_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const TimelineEntry = z
  .strictObject({
    date: z.string().regex(TIMELINE_DATE, 'expected a date such as "2013-08", "2013-08-11" or "2016"').describe('When it happened: year, year-month or year-month-day (ISO 8601).'),
    title: Text.describe('Headline, a few words.'),
    text: Text.describe('What happened, in one or two sentences of the scenario author\'s own words.'),
    source: Id.describe('Id of the source (see "sources") that reports it.'),
    locator: Text.describe('Where in the source: section, endnote, page, article.'),
    passage: Passage.optional(),
    grade: z.enum(['stated', 'inferred', 'external']).describe('How it rests on the source: "stated", "inferred" or "external" (see evidence grades); a timeline holds no assumptions.'),
  })
  .describe('A dated real event of the scenario\'s period, shown beside the game ("what really happened").');
export type TimelineEntry = z.infer<typeof TimelineEntry>;

const HISTORY_MEASURES = ['cocaHectares', 'clanStrength'] as const;

export const HistoryPoint = z
  .strictObject({
    year: z.number().int().min(1900).max(2200).describe('The year the figure is for; a yearly survey figure stands for the end of that year.'),
    value: z.number().min(0).optional().describe('The published figure, when it is a single number.'),
    range: z.tuple([z.number().min(0), z.number().min(0)]).optional().describe('The published range [low, high], when the source gives one instead of a single number.'),
    source: Id.describe('Id of the source (see "sources") that publishes the figure.'),
    locator: Text.describe('Where in the source: chapter, table, paragraph.'),
    grade: z.enum(['stated', 'external']).describe('"external" for a published figure with a full citation; "stated" for a figure one of the scenario\'s own sources gives.'),
    checked: z.boolean().describe('Whether the figure was read in the source itself or in a published text quoting it (checkedIn); false marks a figure not yet checked, which npm run history flags.'),
    checkedIn: Id.optional().describe('Id of the source in which the figure was checked, when that is not the source itself (a news report quoting the survey, for example).'),
    note: Text.optional().describe('What the figure counts, when that needs saying (a claim by one side, a change of method).'),
  })
  .describe('One published yearly figure.');

export const HistorySeries = z
  .strictObject({
    id: Id.describe('Series id.'),
    measure: z.enum(HISTORY_MEASURES).describe('The model\'s region-wide figure the series is compared with.'),
    unit: Text.describe('What the published figures count, such as "hectares" or "armed fighters".'),
    compare: z
      .enum(['level', 'change'])
      .describe('"level": the figures are in the measure\'s own unit and are compared as they are; "change": only the change since the series\' first year inside the game is compared (the model\'s measure is an index, not a head count).'),
    note: Text.describe('What the series is and how far it can be trusted.'),
    points: z.array(HistoryPoint).min(1).max(50).describe('The figures, oldest first, one per year.'),
  })
  .describe('A published yearly series the model is held to by npm run history.');
export type HistorySeries = z.infer<typeof HistorySeries>;

export const Calendar = z
  .strictObject({
    startYear: z.number().int().min(1900).max(2200).describe('Calendar year of the first turn.'),
    startQuarter: z.number().int().min(1).max(4).describe('Quarter (1–4) of the first turn.'),
    turnMonths: z.number().int().min(1).max(12).describe('Months in one turn.'),
    turns: z.number().int().min(1).max(200).describe('Number of turns in a game.'),
  })
  .describe('When the game starts and how long it runs.');

export const Budget = z
  .strictObject({
    perTurn: Money('Money the player can spend on levers each turn, in millions of soles, before donor funding.'),
    currency: Text.describe('Name of the unit shown to players, for example "million soles".'),
  })
  .describe('The state\'s money for the levers.');

export const Lever = z
  .strictObject({
    id: LeverId.describe('Which lever this is.'),
    label: Text.describe('Short name shown to players.'),
    description: Text.describe('What the lever does, in one or two sentences.'),
    unit: Text.describe('Unit of the lever\'s value, for example "%" or "million soles".'),
    min: z.number().min(0).max(MAX_MONEY).describe('Lowest value.'),
    max: z.number().min(0).max(MAX_MONEY).describe('Highest value.'),
    step: z.number().min(0.001).max(MAX_MONEY).describe('Step between values on the slider (at least 0.001).'),
    default: z.number().min(0).max(MAX_MONEY).describe('Value at the start of a game.'),
    costPerUnit: Money('Cost per turn of one unit of the lever, in the budget\'s currency.'),
  })
  .describe('A policy lever available to the player.');

export const Point = z
  .strictObject({
    x: z.number().describe('Horizontal map coordinate (0 = west edge).'),
    y: z.number().describe('Vertical map coordinate (0 = north edge).'),
  })
  .describe('A point on the scenario map.');

export const MapGeometry = z
  .strictObject({
    width: z.number().positive().describe('Width of the map\'s coordinate space.'),
    height: z.number().positive().describe('Height of the map\'s coordinate space.'),
    rivers: z
      .array(
        z.strictObject({
          id: Id.describe('River id.'),
          name: Text.describe('River name shown on the map.'),
          points: z.array(Point).min(2).max(500).describe('The river\'s course, upstream first.'),
          labelAt: Point.optional().describe('Where the river\'s name is written; the middle of its course if left out.'),
        }),
      )
      .max(50)
      .describe('Rivers drawn on the map.'),
    regions: z
      .array(
        z.strictObject({
          name: Text.describe('Label, for example a department name.'),
          at: Point.describe('Where the label sits.'),
        }),
      )
      .max(50)
      .default([])
      .describe('Region labels drawn on the map.'),
  })
  .describe('A stylized map: coordinates are the scenario\'s own, not latitude and longitude.');

export const Committee = z
  .strictObject({
    status: z.enum(['none', 'informal', 'registered']).describe('Whether a self-defense committee exists and is registered with the authorities.'),
    strength: Index('How organized and equipped it is'),
    members: z.number().int().min(0).describe('Number of members.'),
  })
  .describe('The community\'s self-defense committee (a CAD, or a ronda campesina).');

export const Community = z
  .strictObject({
    id: Id.describe('Id used in decisions, events and replays.'),
    name: Text.describe('Name shown to players.'),
    shortName: z.string().min(1).max(18).optional().describe('Short label for the map (at most 18 characters); the name is used if left out.'),
    zone: z.enum(['jungle', 'highland']).describe('Jungle valley floor or highland.'),
    position: Point.describe('Where the community sits on the map.'),
    population: z.number().int().min(1).max(10_000_000).describe('Inhabitants (at most 10 million).'),
    householdSize: z.number().min(1).max(50).describe('People per household (1–50).'),
    cocaHectares: Hectares('Hectares of coca at the start.'),
    maxCocaHectares: Hectares('Hectares of coca the community\'s land could carry.'),
    licitHectares: Hectares('Hectares of licit crops in yield at the start (cacao, coffee, fruit, yucca).'),
    farmlandHectares: Hectares('Hectares the households can farm with their land and labour: coca, licit crops in yield and licit crops still maturing all compete for it.'),
    otherIncome: z.number().min(0).max(10_000_000).describe('Yearly household income from sources other than crops (wages, trade), in soles (at most 10 million).'),
    trust: Index('Trust in the state'),
    security: Index('Security as residents feel it'),
    insurgentInfluence: Index('Influence of the armed group and its allies'),
    soilHealth: Index('Soil health'),
    committee: Committee,
    subsistence: z.boolean().describe('Whether households live largely on their own food crops such as yucca.'),
    indigenous: z.boolean().describe('Whether it is an indigenous (for example Asháninka) community.'),
    roadAccess: z.number().min(0).max(1).describe('Road access to markets and to eradication teams (0 none, 1 good).'),
    note: z.string().optional().describe('What the scenario author wants players to know about this place.'),
  })
  .describe('A community on the map.');

export const Clan = z
  .strictObject({
    name: Text.describe('Full name of the armed group, as it is introduced to players.'),
    shortName: Text.optional().describe('Shorthand used in running text, for example "the Quispe Palomino clan"; the name is used if left out. Texts can say {clan} for it and {clanName} for the full name.'),
    description: Text.describe('Who they are, in a few sentences.'),
    strength: Index('Strength at the start'),
    evidence: z.array(Id).min(1).max(50).describe('Evidence notes about the group.'),
  })
  .describe('The armed group that protects the drug trade.');

const Crop = (what: string) =>
  z
    .strictObject({
      harvestsPerYear: z.number().positive().max(12).describe(`Harvests of ${what} per year.`),
      yieldKgPerHarvest: z.number().positive().max(100_000).describe(`Kilograms of ${what} per hectare per harvest (at most 100,000).`),
      pricePerKg: z.number().positive().max(100_000).describe(`Farm-gate price of ${what} in soles per kilogram (at most 100,000).`),
      netShare: z.number().min(0).max(1).describe(`Share of the gross value of ${what} a household keeps after costs.`),
      labourDaysPerHectare: z.number().positive().max(1000).describe(`Days of work a hectare of ${what} takes in a year (planting, weeding, harvests).`),
    })
    .describe(`Economics of ${what}.`);

export const Economy = z
  .strictObject({
    coca: Crop('coca leaf'),
    licit: Crop('licit crops (cacao, coffee)')
      .extend({
        maturationTurns: z.number().int().min(1).max(40).describe('Turns before newly planted licit crops yield.'),
      })
      .describe('Economics of licit crops (cacao, coffee, fruit, yucca).'),
  })
  .describe('The farm economy.');

const Op = z.enum(['<', '<=', '>', '>=']).describe('Comparison.');
const CommunityMetricField = CommunityMetric.describe('A community metric: an index 0–100 (trust, security…), hectares, incidents, or million soles invested.');
const GlobalMetricField = GlobalMetric.describe('A region-wide metric: clanStrength (0–100) or donorFunding (million soles per turn).');

export const Condition = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('community').describe('Compare a metric of the community (or, for a global event, the mean over communities).'),
      metric: CommunityMetricField,
      op: Op,
      value: z.number().describe('Value to compare with, in the metric\'s own units.'),
    }),
    z.strictObject({
      kind: z.literal('global').describe('Compare a region-wide metric.'),
      metric: GlobalMetricField,
      op: Op,
      value: z.number().describe('Value to compare with.'),
    }),
    z.strictObject({
      kind: z.literal('lever').describe('Compare a lever\'s value this turn.'),
      lever: LeverId.describe('Which lever.'),
      op: Op,
      value: z.number().describe('Value to compare with.'),
    }),
    z.strictObject({
      kind: z.literal('zone').describe('The community is in this zone (community events only).'),
      zone: z.enum(['jungle', 'highland']).describe('Which zone.'),
    }),
    z.strictObject({
      kind: z.literal('trait').describe('The community has this trait (community events only).'),
      trait: z.enum(['subsistence', 'indigenous', 'committee']).describe('Which trait ("committee": a committee exists or has grown to at least 10).'),
    }),
  ])
  .describe('A condition that must hold for an event to be drawn.');

export const Effect = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('community').describe('Change a metric of the event\'s community (every community, for a global event).'),
      metric: CommunityMetricField,
      change: z.number().describe('Amount added, in the metric\'s units (index points or whole counts).'),
    }),
    z.strictObject({
      kind: z.literal('global').describe('Change a region-wide metric.'),
      metric: GlobalMetricField,
      change: z.number().describe('Amount added.'),
    }),
    z.strictObject({
      kind: z.literal('price').describe('Multiply a market price for some turns.'),
      price: PriceId.describe('Which price.'),
      factor: z.number().positive().max(10).describe('Multiplier, for example 0.7 for a 30% fall.'),
      turns: z.number().int().min(1).max(40).describe('Turns the change lasts.'),
    }),
    z.strictObject({
      kind: z.literal('budget').describe('Add to (or take from) the money available next turn.'),
      change: z.number().describe('Millions, in the budget\'s currency.'),
    }),
  ])
  .describe('What an event changes.');

export const ChoiceOption = z
  .strictObject({
    id: Id.describe('Option id, recorded in decisions and replays.'),
    label: Text.describe('Button text.'),
    text: z.string().optional().describe('What choosing it means.'),
    effects: z.array(Effect).max(8).describe('Effects when chosen.'),
  })
  .describe('One answer to a choice event.');

export const EventCard = z
  .strictObject({
    id: Id.describe('Event id.'),
    title: Text.describe('Headline.'),
    text: Text.describe('What happens, for players.'),
    evidence: z.array(Id).min(1).max(20).describe('Evidence notes the event rests on.'),
    scope: z.enum(['global', 'community']).describe('Drawn once for the region, or once per community.'),
    probability: z.number().min(0).max(1).describe('Chance per turn (per community, for community events) once its conditions hold.'),
    conditions: z.array(Condition).max(8).default([]).describe('All must hold for the event to be drawn.'),
    fromTurn: z.number().int().min(1).default(1).describe('First turn (1-based) it can happen.'),
    untilTurn: z.number().int().min(1).optional().describe('Last turn it can happen.'),
    once: z.boolean().default(false).describe('Happens at most once per game (per community, for community events).'),
    cooldownTurns: z
      .number()
      .int()
      .min(0)
      .max(40)
      .default(4)
      .describe('Turns after it happens before it can happen again (per community, for community events); 0 lets it recur next turn.'),
    effects: z.array(Effect).max(8).default([]).describe('Effects applied as soon as it happens.'),
    choice: z
      .strictObject({
        prompt: Text.describe('The question put to the player.'),
        options: z.array(ChoiceOption).min(2).max(6).describe('The answers.'),
      })
      .optional()
      .describe('A decision the player must take with the next turn\'s levers.'),
  })
  .describe('An event card: data only, drawn by the engine from the seeded generator.');

export const MEASURES = [
  'meanTrust',
  'meanSecurity',
  'meanInsurgentInfluence',
  'cocaChangePercent',
  'humanRightsIncidents',
  'incomeChangePercent',
  'incomeChangeAtStartPrices',
  'clanStrength',
] as const;

export const Criterion = z
  .strictObject({
    id: Id.describe('Criterion id.'),
    label: Text.describe('Name shown on the end screen.'),
    description: Text.describe('What it measures and why it matters.'),
    measure: z.enum(MEASURES).describe('How the engine measures it at the end of the game (means are weighted by population).'),
    better: z.enum(['higher', 'lower']).describe('Which direction is better.'),
    good: z.number().describe('A result at least this good (in the "better" direction) is rated good.'),
    poor: z.number().describe('A result at least this bad is rated poor; between the two, fair.'),
  })
  .describe('One criterion of the end-of-game assessment.');

export const Calibration = z
  .strictObject({
    path: Text.describe('Where the figure sits in this file, for example "communities[0].cocaHectares".'),
    value: z.number().describe('The figure; the validator checks it matches the file.'),
    grade: Grade,
    evidence: Id.optional().describe('Evidence note the figure comes from; required unless the grade is "assumption", and the note\'s grade must match.'),
    note: Text.describe('Where the figure comes from, or, for an assumption, the reason for the value.'),
    supports: z
      .strictObject({
        min: z.number().describe('Lowest value the note supports.'),
        max: z.number().describe('Highest value the note supports.'),
        reason: Text.optional().describe('Why the range runs from min to max, when the note does not say it; for an assumption, what makes values outside it implausible.'),
      })
      .refine((range) => range.min <= range.max, { message: 'expected min to be at most max', path: ['max'] })
      .optional()
      .describe('The range of values the note supports (for an assumption, the range its reason allows); the workshop warns when a value moves outside it. Left out where no range can be stated.'),
  })
  .describe('Where one number in the scenario comes from.');

const CHECK_MEASURES = ['meanTrust', 'meanSecurity', 'meanInsurgentInfluence', 'cocaHectares', 'licitHectares', 'meanIncome', 'clanStrength', 'abuses', 'civilianHarm', 'reprisals'] as const;

const CheckPlan = z
  .strictObject({
    levers: z.record(z.string(), z.number()).describe('Lever values by lever id (levers left out keep the scenario\'s defaults).'),
    allocation: z.record(z.string(), z.number().min(0)).optional().describe('Development money shares by community id.'),
    turns: z
      .array(
        z.strictObject({
          from: z.number().int().min(1).describe('First turn of the range.'),
          to: z.number().int().min(1).describe('Last turn of the range.'),
          levers: z.record(z.string(), z.number()).describe('Lever values for these turns.'),
        }),
      )
      .max(50)
      .default([])
      .describe('Lever values for ranges of turns.'),
  })
  .describe('A scripted policy: constant levers, optionally changed for ranges of turns; choice events take their first option.');

export const ScenarioCheck = z
  .strictObject({
    id: Id.describe('Check id.'),
    description: Text.describe('The story the check protects, in a sentence.'),
    measure: z.enum(CHECK_MEASURES).describe('Region-wide figure compared (means weighted by population; hectares and incidents summed).'),
    turn: z.number().int().min(0).describe('Turn after which it is measured (0 = the start).'),
    policy: CheckPlan,
    expect: z.enum(['below', 'above']).describe('Whether the policy\'s mean must come out below or above the comparison.'),
    than: z
      .union([
        z.strictObject({ policy: CheckPlan }).describe('Another policy\'s mean on the same seeds.'),
        z.strictObject({ value: z.number().describe('A fixed value.') }).describe('A fixed value.'),
        z.strictObject({ turn: z.number().int().min(0).describe('A turn of the same run.') }).describe('The same policy at another turn.'),
      ])
      .describe('What the policy is compared with.'),
    margin: z.number().min(0).default(0).describe('How far beyond the comparison the mean must be.'),
    seeds: z.number().int().min(1).max(200).default(50).describe('Seeds the means are taken over (at most 200, so validation stays quick).'),
  })
  .describe('An expectation about the scenario\'s own dynamics, run by npm run validate and by the tests.');
export type ScenarioCheck = z.infer<typeof ScenarioCheck>;

export const Scenario = z
  .strictObject({
    $schema: z.string().optional().describe('Path to scenarios/schema.json, for editors.'),
    id: Id.describe('Scenario id, recorded in replays.'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version such as "1.0.0"').describe('Scenario version (major.minor.patch).'),
    title: Text.describe('Title shown on the title screen.'),
    summary: Text.describe('A paragraph introducing the scenario to players. This and the other texts shown to players (briefing, assessment, debrief prompts, community notes, events) may say {startYear}, {endYear}, {quarters}, {communities}, {population}, {clan} and {clanName}, filled in from the calendar, the communities and the armed group.'),
    authors: z.array(Text).min(1).max(50).describe('Who wrote the scenario.'),
    sources: z.array(Source).min(1).max(200).describe('Published sources.'),
    evidence: z.array(EvidenceNote).min(1).max(500).describe('Paraphrased evidence notes that mechanisms, events and figures cite.'),
    calendar: Calendar,
    budget: Budget,
    levers: z.array(Lever).min(1).max(10).describe('The levers available; a lever left out stays at zero.'),
    map: MapGeometry,
    communities: z.array(Community).min(1).max(40).describe('The communities, in the order they are listed everywhere.'),
    clan: Clan,
    economy: Economy,
    mechanisms: MechanismParams,
    events: z.array(EventCard).max(200).default([]).describe('Event cards (at most 200).'),
    briefing: z
      .strictObject({
        intro: Text.describe('What the player is asked to do.'),
        objectives: z.array(Text).min(1).max(20).describe('Goals listed before the first turn.'),
        pages: z.array(BriefingPage).min(1).max(4).optional().describe('The place and its people, read before the first turn (the game adds a page on how to play and one on the levers). Left out, the game builds a generic page from the title, calendar and communities, and the validator warns.'),
      })
      .describe('Shown at the start of a game.'),
    glossary: z.array(GlossaryEntry).max(40).default([]).describe('Glossary entries true of this scenario\'s place and period.'),
    advisers: z.array(Adviser).max(6).default([]).describe('The advisers who speak before each turn (none: the advisers panel is hidden, and the validator warns).'),
    assessment: z.array(Criterion).min(1).describe('The end-of-game assessment, one entry per criterion (not a single score).'),
    debriefPrompts: z.array(Text).min(1).describe('Questions for the class discussion and the end screen.'),
    calibration: z.array(Calibration).default([]).describe('Where the scenario\'s numbers come from.'),
    timeline: z.array(TimelineEntry).max(200).default([]).describe('Dated real events of the scenario\'s period, oldest first, each with its source.'),
    checks: z.array(ScenarioCheck).default([]).describe('Expectations about the scenario\'s dynamics, so authors learn when a change breaks its story.'),
    history: z.array(HistorySeries).max(10).default([]).describe('Published yearly series of the scenario\'s period (coca hectares, the armed group\'s size), which npm run history compares with the model.'),
    translations: Translations,
  })
  .describe('A Between Two Fires scenario.');

export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
export type CommunityDef = z.infer<typeof Community>;
export type EventCard = z.infer<typeof EventCard>;
export type Condition = z.infer<typeof Condition>;
export type Effect = z.infer<typeof Effect>;
export type LeverDef = z.infer<typeof Lever>;
export type Criterion = z.infer<typeof Criterion>;
export type Measure = (typeof MEASURES)[number];
export { MechanismId };
