/**
 * The parts of a source's citation that are not its title, in Spanish: the date ("31 August
 * 2023" → "31 de agosto de 2023") and the words around a publication's name ("press release",
 * "republished by"). Titles keep the language they were published in; names stay as they are.
 */
const MONTHS: Readonly<Record<string, string>> = {
  January: 'enero', February: 'febrero', March: 'marzo', April: 'abril', May: 'mayo', June: 'junio',
  July: 'julio', August: 'agosto', September: 'setiembre', October: 'octubre', November: 'noviembre', December: 'diciembre',
};

/** A source's date in Spanish; a bare year, or a form it does not know, stays as it is. */
export function sourceDateEs(date: string): string {
  return date
    .replace(/^undated web page, consulted (\d{4})$/, 'página sin fecha, consultada en $1')
    .replace(/^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/, (whole, day: string, month: string, year: string) => (MONTHS[month] ? `${day} de ${MONTHS[month]} de ${year}` : whole))
    .replace(/^([A-Z][a-z]+) (\d{4})$/, (whole, month: string, year: string) => (MONTHS[month] ? `${MONTHS[month]} de ${year}` : whole));
}

/** Phrases of the shipped scenarios' publications, in Spanish, longest first. */
const PUBLICATION_PHRASES: readonly [string, string][] = [
  ["Andina, on DEVIDA's first report monitoring coca-leaf and cocaine prices in strategic intervention zones", 'Andina, sobre el primer informe de DEVIDA de monitoreo de precios de la hoja de coca y de la cocaína en zonas estratégicas de intervención'],
  ['United Nations Office on Drugs and Crime', 'Oficina de las Naciones Unidas contra la Droga y el Delito'],
  ['Servicios Educativos Rurales and Red Interamericana para la Democracia, Lima, 2nd edition', 'Servicios Educativos Rurales y Red Interamericana para la Democracia, Lima, 2.ª edición'],
  ['; republished by the ', '; reeditado por el '],
  ['; republished by ', '; reeditado por '],
  ['(reporting La República)', '(según La República)'],
  ['CVR website, exhumations', 'sitio web de la CVR, exhumaciones'],
  [', press release', ', nota de prensa'],
  [', opinion', ', opinión'],
  [', page 1', ', primera plana'],
  [', Forestry', ', bosques'],
  ['(AFP wire)', '(cable de AFP)'],
  [', EFE wire', ', cable de EFE'],
];

export function publicationEs(publication: string): string {
  return PUBLICATION_PHRASES.reduce((text, [english, spanish]) => text.split(english).join(spanish), publication);
}
