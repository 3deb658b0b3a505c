/**
 * Readable names for the values a workshop field chooses among (a zone, a grade, a measure, a
 * situation), in English and Spanish; the value itself, as the file holds it, is shown beside.
 * Grades and metrics take the names the game already gives them (the workshop's evidence notes
 * name grades the same way).
 */
import { GRADES, type Grade } from '../../scenario/schema.ts';
import { dictionary, type Locale } from '../strings/index.ts';

type Pair = readonly [en: string, es: string];

const CHOICES: Readonly<Record<string, Pair>> = {
  // levers
  eradicationPace: ['pace of forced eradication', 'ritmo de erradicación forzosa'],
  developmentFunding: ['alternative development funding', 'fondos de desarrollo alternativo'],
  committeeSupport: ['support for self-defense committees', 'apoyo a los comités de autodefensa'],
  committeeOversight: ['oversight of the committees', 'supervisión de los comités'],
  militaryOperations: ['military operations', 'operaciones militares'],
  // places and people
  jungle: ['jungle valley floor', 'fondo de valle selvático'],
  highland: ['highland', 'zona altoandina'],
  none: ['none', 'ninguno'],
  informal: ['informal', 'informal'],
  registered: ['registered', 'registrado'],
  global: ['region-wide', 'toda la región'],
  community: ['per community', 'por comunidad'],
  subsistence: ['subsistence farming', 'agricultura de subsistencia'],
  indigenous: ['indigenous community', 'comunidad indígena'],
  committee: ['has a committee', 'tiene comité'],
  // what a condition or an effect is about
  lever: ['a lever', 'una palanca'],
  zone: ['zone', 'zona'],
  trait: ['trait', 'rasgo'],
  price: ['a market price', 'un precio de mercado'],
  budget: ['the budget', 'el presupuesto'],
  // comparisons
  '<': ['less than', 'menor que'],
  '<=': ['at most', 'como máximo'],
  '>': ['more than', 'mayor que'],
  '>=': ['at least', 'como mínimo'],
  // prices
  cocaLeafPrice: ['coca leaf price', 'precio de la hoja de coca'],
  licitCropPrice: ['licit crop price', 'precio de los cultivos lícitos'],
  // situations an adviser speaks to
  start: ['the game starts', 'empieza el juego'],
  abuse: ['an abuse', 'un abuso'],
  reprisal: ['a reprisal', 'una represalia'],
  'civilian-harm': ['civilians harmed', 'civiles dañados'],
  'money-leaking': ['money leaking', 'fuga de dinero'],
  'eradication-drive': ['an eradication drive', 'una campaña de erradicación'],
  'no-eradication': ['no eradication', 'sin erradicación'],
  'good-harvest': ['a good harvest', 'una buena cosecha'],
  'bad-harvest': ['a bad harvest', 'una mala cosecha'],
  'coca-rising': ['coca rising', 'la coca sube'],
  'coca-falling': ['coca falling', 'la coca baja'],
  'clan-strong': ['the clan strong', 'el clan fuerte'],
  'clan-weak': ['the clan weak', 'el clan débil'],
  'trust-falling': ['trust falling', 'la confianza baja'],
  'trust-rising': ['trust rising', 'la confianza sube'],
  'security-falling': ['security falling', 'la seguridad baja'],
  'raised-eradicationPace': ['eradication raised', 'erradicación aumentada'],
  'lowered-eradicationPace': ['eradication lowered', 'erradicación reducida'],
  'raised-developmentFunding': ['development raised', 'desarrollo aumentado'],
  'lowered-developmentFunding': ['development lowered', 'desarrollo reducido'],
  'raised-committeeSupport': ['committee support raised', 'apoyo a comités aumentado'],
  'lowered-committeeSupport': ['committee support lowered', 'apoyo a comités reducido'],
  'raised-committeeOversight': ['oversight raised', 'supervisión aumentada'],
  'lowered-committeeOversight': ['oversight lowered', 'supervisión reducida'],
  'raised-militaryOperations': ['operations raised', 'operaciones aumentadas'],
  'lowered-militaryOperations': ['operations lowered', 'operaciones reducidas'],
  // directions
  raise: ['raise', 'subir'],
  lower: ['lower', 'bajar'],
  hold: ['hold', 'mantener'],
  rise: ['rise', 'subir'],
  fall: ['fall', 'bajar'],
  higher: ['higher', 'más alto'],
  below: ['below', 'por debajo'],
  above: ['above', 'por encima'],
  level: ['its level', 'su nivel'],
  change: ['its change', 'su cambio'],
  // region-wide measures
  meanTrust: ['mean trust', 'confianza media'],
  meanSecurity: ['mean security', 'seguridad media'],
  meanInsurgentInfluence: ['mean insurgent influence', 'influencia insurgente media'],
  meanIncome: ['mean household income', 'ingreso familiar medio'],
  cocaChangePercent: ['change in coca (%)', 'cambio en la coca (%)'],
  humanRightsIncidents: ['human-rights incidents', 'incidentes de derechos humanos'],
  incomeChangePercent: ['change in income (%)', 'cambio en el ingreso (%)'],
  incomeChangeAtStartPrices: ['change in income at start prices (%)', 'cambio en el ingreso a precios iniciales (%)'],
};

/** The readable name of a choice in the page's language, or undefined for a value it does not know. */
export function choiceLabel(value: string, lang: Locale): string | undefined {
  const pair = CHOICES[value];
  if (pair) return lang === 'es' ? pair[1] : pair[0];
  const texts = dictionary(lang);
  if ((GRADES as readonly string[]).includes(value)) return texts.assumptions.grade[value as Grade];
  return (texts.metric as Record<string, string | undefined>)[value];
}

/** What an option shows: its name and, beside it, the value as the file holds it. */
export function choiceText(value: string, lang: Locale): string {
  const label = choiceLabel(value, lang);
  return label && label !== value ? `${label} (${value})` : value;
}
