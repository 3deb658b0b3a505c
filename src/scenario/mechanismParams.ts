/**
 * Parameters of each mechanism, as a scenario file states them. Every mechanism names the
 * evidence notes it rests on, so the turn report can show the source behind each change.
 */
import { z } from 'zod';

const evidence = z
  .array(z.string().min(1))
  .min(1)
  .describe('Ids of the evidence notes this mechanism rests on (see "evidence"); the first is shown beside each change it causes.');

const share = (what: string) => z.number().min(0).max(1).describe(what);

/**
 * A position the model can take or leave: a contested claim, who holds it, how it rests on the
 * sources, and how far the model takes it (0 leaves it out). A teacher switches it on to ask
 * "what if they are right?".
 */
const ModelPosition = z.strictObject({
  name: z.string().min(1).max(120).describe('What the position claims, in a few words.'),
  heldBy: z.string().min(1).max(400).describe('Who argues it, and who argues against it.'),
  grade: z.enum(['stated', 'inferred', 'external', 'assumption']).describe('How the position rests on its source (see evidence grades).'),
  weight: z.number().min(0).max(1).describe('How far the model takes the position: 0 leaves it out, 1 takes it in full.'),
});
const rate = (what: string) => z.number().min(0).max(100).describe(what);

export const LivelihoodParams = z
  .strictObject({
    evidence,
    expansionRate: share('Share of a community\'s coca area added per turn when coca pays far more than licit crops and nobody threatens it.'),
    deterrence: share('How far the threat of eradication (pace times reach) holds back new coca planting: 1 stops it entirely.'),
    licitTakeover: share('Largest share of a community\'s licit crops in yield that coca can take over in one turn once free land is used up, where the licit alternative has no appeal.'),
    variability: share('How much the spread of coca varies from one community and quarter to the next (weather, local prices, demand): 0.5 means ±50%.'),
    labourDaysPerHousehold: z.number().min(1).max(1500).describe('Days of work a household has in a year for its fields or paid work (all its working members).'),
    dayWage: z.number().min(0).max(1000).describe('Soles a day of paid work earns (harvest hand, trade, transport, public works).'),
    jobShare: share('Share of a household\'s days its crops leave free that find paid work with no development.'),
    jobsFromDevelopment: share('How far development invested (at saturation, as for licit returns) closes the gap between that share and 1: roads, cooperatives and services bring work.'),
  })
  .describe('Coca pays 4–5 harvests a year against about two for other crops; farmers plant what pays. Household income is what the land and the household\'s labour earn: crops, and paid work for the days the crops leave free.');

export const EradicationShockParams = z
  .strictObject({
    evidence,
    capacityHectaresPerTurn: z.number().min(0).describe('Hectares the eradication teams can clear in one turn at 100% pace, across the whole region.'),
    maxShareOfCocaPerTurn: share('Largest share of one community\'s coca that can be cleared in a single turn.'),
    influenceShield: share('How much insurgent influence shields fields from eradication teams (1 = fully shielded where influence is 100).'),
    replantShare: share('Share of eradicated hectares that families replant when they have no alternative income.'),
    alternativeReplantCut: share('How far a full alternative (licit crops that pay a comparable living, safely) cuts that share.'),
    displacedShare: share('Share of the replanting that moves to the community where the clan\'s protection is strongest, instead of the cleared fields.'),
    clanRecruitment: rate('Clan strength points gained per 1,000 hectares eradicated from families with no cushion (recruits, protection money).'),
    replantDelayTurns: z.number().int().min(1).max(8).describe('Turns before eradicated fields are replanted.'),
    trustHit: rate('Trust points lost per unit of income shock (share of household income lost), before any cushion.'),
    grievanceGain: rate('Grievance points added per unit of income shock; grievance lowers trust turn after turn until it fades.'),
    influenceGain: rate('Insurgent influence points added per unit of income shock, scaled by the armed clan\'s strength.'),
    cushionFromDevelopment: share('How much development delivered to the same community this turn cushions the shock.'),
    grievanceDrag: share('Share of the eradication grievance subtracted from trust each turn.'),
    grievanceFade: share('Share of the eradication grievance that fades each turn.'),
  })
  .describe('Forced eradication cuts income at once; without alternatives it costs trust, feeds the insurgents, and fields are replanted.');

export const VoluntarySubstitutionParams = z
  .strictObject({
    evidence,
    plantingCostPerHectare: z.number().positive().describe('Thousands of soles of delivered development it takes to establish one hectare of licit crops (plants, technical help, roads, credit).'),
    absorptionShare: share('Largest share of a community\'s farmland its households and extension agents can plant in one turn where it is fully secure; money beyond that is not planted.'),
    comparableLivingShare: z.number().gt(0).max(1).describe('What growers count as a comparable living: the share of a coca hectare\'s (risk-adjusted) earnings that a hectare moved to licit crops, with paid work for the days it frees, must bring for all of them to switch; half switch at half of it.'),
    uprootRate: share('Largest share of a community\'s coca uprooted voluntarily per turn when licit crops pay fully as well and it is safe to grow them.'),
    marketGain: rate('How much delivered development (roads, cooperatives, technical help) can raise licit returns: 1 doubles them at saturation.'),
    investmentForHalfEffect: z.number().positive().describe('Thousands of soles invested per farmed hectare that give half of that gain.'),
    eradicationRiskDiscount: share('How far the threat of eradication (pace times reach) lowers what farmers expect coca to pay.'),
  })
  .describe('Where licit crops pay a comparable living and it is safe to grow them, farmers uproot coca themselves; licit crops take years to yield.');

export const MoneyIsNotEnoughParams = z
  .strictObject({
    evidence,
    leakageBase: share('Share of development money lost to corruption and weak allocation where nobody on the ground follows it.'),
    committeeLinkage: share('How far an organized self-defense committee cuts that loss by connecting the community to programs.'),
    extortionByInfluence: share('Extra share lost where insurgent influence is 100 (taxes on projects, protected coca).'),
    clanTakeOfExtortion: share('Share of the money lost to extortion that ends up funding the armed clan.'),
  })
  .describe('Money alone, with coca still more profitable and protected, does not cut hectares quickly, and part of it leaks.');

export const CommitteeSecurityParams = z
  .strictObject({
    evidence,
    growth: share('Committee strength gained per turn at full support, as a share of the gap to 100.'),
    jungleGrowthFactor: share('Growth in jungle communities relative to highland ones, where patrols reorganized more readily.'),
    decay: share('Share of strength above its starting level lost per turn without support.'),
    oversightDrag: share('How far full oversight (registration, reporting, joint patrols) slows the committees\' growth: paperwork and the army watching cost volunteers.'),
    securityGain: share('Security gained per turn from patrols and roadblocks, per unit of committee strength, as a share of the gap to 100.'),
    influenceCut: share('Share of insurgent influence pushed back per turn per unit of committee strength.'),
    coordinationTrust: rate('Trust points per turn from committees that coordinate with the security forces (strength times oversight).'),
  })
  .describe('Supported committees deter banditry, patrol and set roadblocks, feed intelligence to the forces, and link communities to programs.');

export const CommitteeRiskParams = z
  .strictObject({
    evidence,
    abuseChance: share('Chance per turn of an abuse incident in a community whose committee is at full strength and full support with no oversight.'),
    oversightEffect: share('How much full oversight (registration, joint patrols, monthly training) cuts that chance.'),
    captureChance: share('Chance per turn that traffickers capture an armed, unsupervised committee where insurgent influence is 100.'),
    abuseTrustHit: rate('Trust points lost at once when an abuse incident happens.'),
    abuseGrievance: rate('Grievance points an abuse incident adds.'),
    captureInfluence: rate('Insurgent influence points a captured committee adds.'),
    grievanceDrag: share('Share of the abuse grievance subtracted from trust each turn.'),
    grievanceFade: share('Share of the abuse grievance that fades each turn.'),
  })
  .describe('Arming committees without oversight brings abuse and capture by traffickers; legal registration and coordination keep that down.');

export const JungleCautionParams = z
  .strictObject({
    evidence,
    caution: share('Share of a jungle committee\'s security effect lost where insurgent influence is 100 and the committee has no backing.'),
  })
  .describe('Jungle committees without backing keep clear of traffickers and insurgents where these are strong.');

export const TwoFiresParams = z
  .strictObject({
    evidence,
    harmTrustHit: rate('Trust points lost per turn per unit of imprecise military action in a community.'),
    harmGrievance: rate('Grievance points added per unit of imprecise military action.'),
    harmIncidentChance: share('Chance of a recorded incident of civilian harm per unit of imprecise military action.'),
    reprisalChance: share('Chance per turn of an insurgent reprisal on a community fully seen to side with the state, fully unprotected, facing a clan at full strength.'),
    reprisalSecurityHit: rate('Security points lost in a reprisal.'),
    reprisalTrustHit: rate('Trust points lost in a reprisal (the state failed to protect).'),
    reprisalInfluence: rate('Insurgent influence points gained by fear after a reprisal.'),
    grievanceDrag: share('Share of the violence grievance subtracted from trust each turn.'),
    grievanceFade: share('Share of the violence grievance that fades each turn.'),
  })
  .describe('Civilians are punished from both sides: blind military action costs trust, insurgents punish those seen to collaborate.');

export const InsurgentResilienceParams = z
  .strictObject({
    evidence,
    revenueShare: share('Share of the coca economy\'s value that the armed clan takes in protection and trafficking.'),
    revenueForHalfStrength: z.number().positive().describe('Yearly clan revenue (millions of soles) that sustains a clan at half of full strength.'),
    influenceForFullBase: z.number().gt(0).max(1).describe('Population-weighted mean insurgent influence (as a share, 0–1) at or above which the clan\'s popular base (recruits, supplies, hiding places) no longer limits the strength its revenue can sustain; below it, that strength falls in proportion.'),
    recoveryRate: share('Share of the gap to its sustainable strength that the clan recovers per turn.'),
    attritionRate: share('Share of any excess over its sustainable strength that the clan loses per turn.'),
    influenceSpread: share('Share of the gap to 100 of insurgent influence gained per turn where security is 0, at full clan strength.'),
    securityPressure: rate('Security points lost per turn at full clan strength and full local influence.'),
    influenceDecay: share('Share of insurgent influence lost per turn where security is 100.'),
  })
  .describe('The armed clan funds itself from the drug trade and recovers from blows while that revenue flows.');

export const IntelligenceParams = z
  .strictObject({
    evidence,
    basePrecision: share('Share of military action that hits its targets with no trust and no committee cooperation.'),
    trustWeight: share('Weight of community trust in precision.'),
    committeeWeight: share('Weight of committee strength (more with oversight) in precision.'),
    blowRate: share('Share of clan strength removed per turn by fully precise operations at full tempo.'),
    influenceCut: share('Share of local insurgent influence removed per turn by fully precise operations at full tempo.'),
  })
  .describe('Trust and committee cooperation make operations precise; without them operations are blind.');

export const EnvironmentParams = z
  .strictObject({
    evidence,
    erosion: rate('Soil health points lost per turn where all farmed land is coca.'),
    regeneration: share('Share of the gap to 100 recovered per turn where no coca is grown.'),
    subsistenceSensitivity: share('How much of a subsistence community\'s licit (yucca) yield depends on soil health.'),
    cashCropSensitivity: share('How much cash crops (cacao, coffee) depend on soil health elsewhere.'),
  })
  .describe('Intensive coca with pesticides erodes soil and hurts subsistence crops such as yucca.');

export const DonorPressureParams = z
  .strictObject({
    evidence,
    donorName: z.string().min(1).describe('Who funds, as shown to the player.'),
    maxFundingPerTurn: z.number().min(0).describe('Donor money per turn (millions of soles) when the yearly eradication target is met.'),
    eradicationTargetPerYear: z.number().positive().describe('Hectares eradicated in the last four turns that the donor expects.'),
    floorShare: share('Share of the funding kept even with no eradication.'),
  })
  .describe('Foreign funding follows eradication figures, so budgets force choices between levers.');

export const StateSubstitutionParams = z
  .strictObject({
    evidence,
    presenceTrust: rate('Trust points per turn at the saturating level of development delivered per household (schools, roads, services).'),
    deliveryForHalfEffect: z.number().positive().describe('Thousands of soles delivered per household in a turn that gives half the presence effect.'),
    substitutionDrag: rate('Trust points lost per turn where the state leans fully on committees and delivers nothing itself, when the critics\' view is taken in full (criticsView.weight 1).'),
    criticsView: ModelPosition.describe('The critics\' view that committees stand in for the state and wear trust down where it delivers nothing itself: a position, not a finding. Its weight scales substitutionDrag.'),
  })
  .describe('Trust follows what the state itself delivers; whether leaning on committees instead wears trust down is a named model position (criticsView), off or small by default.');

export const LeafPriceParams = z
  .strictObject({
    evidence,
    reversion: share('Share of the gap between the leaf price and the scenario\'s price (economy.coca.pricePerKg) that closes each quarter: how fast a dear or cheap spell ends.'),
    volatility: share('Largest move of the leaf price in one quarter, as a share of the scenario\'s price, driven by the quarter\'s luck for coca (the same regional draw as the spread of coca).'),
    floorShare: z.number().min(0.1).max(1).describe('Lowest leaf price the drift reaches, as a share of the scenario\'s price (price cards act on top of it).'),
    ceilingShare: z.number().min(1).max(5).describe('Highest leaf price the drift reaches, as a multiple of the scenario\'s price (price cards act on top of it).'),
    supplyResponse: share('Share of a community\'s coca area left to go back to bush in a quarter per unit the leaf price stands below the scenario\'s price (0.1 and a price 20% low: 2% of the coca a quarter); the same share goes back into coca on free land when it stands above.'),
  })
  .describe('The valley\'s farm-gate leaf price drifts each quarter within the range the record shows and is pulled back toward the scenario\'s price.');

export const LocalFortunesParams = z
  .strictObject({
    evidence,
    trustSwing: rate('Largest change in a community\'s trust from one quarter\'s local ups and downs (a harvest, the weather, a road cut, a feud: an assumption), up or down; the average change is zero.'),
    regionalShare: share('How much of that luck the region shares (the quarter\'s luck for coca, one draw for all) rather than the community\'s own (its own luck for coca).'),
  })
  .describe('Local ups and downs the model leaves out (an assumption) move trust a little, up or down, in each community: the same plan can go differently.');

export const MechanismParams = z
  .strictObject({
    livelihood: LivelihoodParams,
    'eradication-shock': EradicationShockParams,
    'voluntary-substitution': VoluntarySubstitutionParams,
    'money-is-not-enough': MoneyIsNotEnoughParams,
    'committee-security': CommitteeSecurityParams,
    'committee-risk': CommitteeRiskParams,
    'jungle-caution': JungleCautionParams,
    'two-fires': TwoFiresParams,
    'insurgent-resilience': InsurgentResilienceParams,
    intelligence: IntelligenceParams,
    environment: EnvironmentParams,
    'donor-pressure': DonorPressureParams,
    'state-substitution': StateSubstitutionParams,
    'leaf-price': LeafPriceParams,
    'local-fortunes': LocalFortunesParams,
  })
  .describe('The parameters of each mechanism of the model, keyed by mechanism id.');
export type MechanismParams = z.infer<typeof MechanismParams>;
