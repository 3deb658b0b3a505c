/**
 * Why a dropped file could not be read, in Spanish. The replay loader and the JSON reader word
 * their problems in English (the CLI and the authoring tools print them as they are); the
 * debrief page shows them through this table, so a Spanish-speaking teacher reads no English.
 * Field paths (`turns[2].levers`) are identifiers and stay as they are; the English detail
 * after them does not.
 */
import { locale } from './locale.ts';

const JSON_REASONS: Readonly<Record<string, string>> = {
  'unexpected character': 'un carácter inesperado',
  'malformed number': 'un número mal escrito',
  'expected a property name in double quotes': 'falta un nombre de propiedad entre comillas dobles',
  'expected a value': 'falta un valor',
  'expected a colon after the property name': 'faltan los dos puntos después del nombre de la propiedad',
  'expected a comma': 'falta una coma',
  'expected a closing brace }': 'falta una llave de cierre }',
  'expected a closing bracket ]': 'falta un corchete de cierre ]',
  'unexpected text after the end of the JSON': 'hay texto después del final del JSON',
  'comments are not allowed in JSON': 'el JSON no admite comentarios',
  'unfinished comment': 'un comentario sin terminar',
  'unfinished text (a missing closing quote?)': 'un texto sin terminar (¿falta una comilla de cierre?)',
  'unfinished number': 'un número sin terminar',
  'invalid unicode escape': 'un código unicode no válido',
  'invalid escape character': 'un carácter de escape no válido',
  'invalid character': 'un carácter no válido',
  'the text ends before the JSON is complete': 'el texto termina antes de que el JSON esté completo',
};

/** The paths of a list of `path: problem` lines, which are all a reader needs to find them. */
const paths = (issues: string): string =>
  issues
    .split('; ')
    .map((issue) => issue.split(': ')[0]!.trim())
    .filter((path) => path.length > 0)
    .join(', ');

const PATTERNS: readonly [RegExp, (...groups: string[]) => string][] = [
  [/^not valid JSON at line (\d+), column (\d+): (.*)$/, (line, column, reason) => `no es un JSON válido (línea ${line}, columna ${column})${JSON_REASONS[reason!] ? `: ${JSON_REASONS[reason!]}` : ''}`],
  [/^not valid JSON: the file is empty$/, () => 'no es un JSON válido: el archivo está vacío'],
  [/^not valid JSON/, () => 'no es un JSON válido'],
  [/^not accepted at line (\d+), column (\d+): nested more than (\d+) levels deep$/, (line, column, depth) => `no se acepta (línea ${line}, columna ${column}): tiene más de ${depth} niveles anidados`],
  [/^not a Between Two Fires replay/, () => 'no es una grabación de Entre dos fuegos (le falta "format": "between-two-fires-replay")'],
  [/^replay format version (.+) is not supported \(this version reads (.+)\)$/, (found, reads) => `la versión ${found} del formato de grabación no es compatible (esta versión lee la ${reads})`],
  [/^not a valid replay: (.*)$/, (issues) => `no es una grabación válida; revisa: ${paths(issues!)}`],
  [/^made with engine version (.+); this is (.+), which cannot re-simulate it exactly$/, (made, current) => `se hizo con la versión ${made} del motor; esta es la ${current}, que no puede volver a simularla con exactitud`],
  [/^its embedded scenario is not valid: (.*)$/, (issues) => `el escenario que trae no es válido; revisa: ${paths(issues!)}`],
  [/^its embedded scenario does not match/, () => 'el escenario que trae no coincide con el código de control que registra (el archivo fue alterado)'],
  [/^it records (\d+) turns but the scenario has (\d+)$/, (recorded, turns) => `registra ${recorded} turnos, pero el escenario tiene ${turns}`],
  [/^cannot be read$/, () => 'no se puede leer'],
  [/^line (\d+), column (\d+): (.*): duplicate key "(.*)"; the last one counts$/, (line, column, path, key) => `línea ${line}, columna ${column}: ${path}: la clave "${key}" aparece dos veces; cuenta la última`],
];

/** A loader's problem in the active language (the loader's own English, or Spanish). */
export function fileProblem(problem: string): string {
  return locale() === 'es' ? fileProblemEs(problem) : problem;
}

/** A loader's problem in Spanish; one it does not know becomes a plain "could not be read". */
export function fileProblemEs(problem: string): string {
  for (const [pattern, word] of PATTERNS) {
    const match = pattern.exec(problem);
    if (match) return word(...match.slice(1));
  }
  return 'no se pudo leer como grabación';
}
