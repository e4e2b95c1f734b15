import type { ReasonCode } from '../reasons.js'
import type { Level } from '../types.js'
import { levelsFr } from './levels.fr.js'

/** Values of an error's sentence, as the error carries them (`AtlasError.params`). */
export type ErrorParams = Readonly<Record<string, unknown>>

/**
 * What a widget says when it fails, in French. The error tables are fetched only when an error is
 * shown (see `components/shared/ErrorMessage.tsx`): no page pays for them before its first paint.
 */
export const errorsFr = {
  /** Who the sentence is about: an element's attribute, a component's option. */
  attribute: 'Attribut',
  option: 'Option',
  /** « la valeur « cinq » n’est pas valide », then what was expected when the check says it. */
  invalid: (value: string, expected: string | undefined) => `la valeur « ${value} » n’est pas valide${expected ? ` (attendu : ${expected})` : ''}`,
  /** What an option expected, by reason (its English words, see `core/reasons.ts`); `{0}`, `{1}`: its parameters. */
  reasons: {
    'expected one of {0}': 'une valeur parmi {0}',
    'expected a number': 'un nombre',
    'expected a finite number': 'un nombre fini',
    'expected at least {0}': 'au moins {0}',
    'expected at most {0}': 'au plus {0}',
    'expected an integer': 'un nombre entier',
    'expected a non-empty string': 'un texte non vide',
    'expected true or false': 'true ou false',
    'expected a list of numbers': 'une liste de nombres',
    'expected increasing numbers': 'des nombres croissants',
    'expected two numbers, lowest then highest': 'deux nombres, le plus petit puis le plus grand',
    'expected a function': 'une fonction',
    'expected key=value pairs separated by ;': 'des paires clé=valeur séparées par « ; »',
    'expected an object': 'un objet',
    'expected string values': 'des valeurs textuelles',
    'expected region:<code> or departement:<code>': 'region:<code> ou departement:<code>',
    'unknown territory': 'un territoire connu',
    'a {0} holds no {1}': 'un territoire qui contienne des territoires de niveau {1}',
    'expected the URL of a CSV or JSON file': 'l’adresse d’un fichier CSV ou JSON',
    'expected a column name': 'un nom de colonne',
    'no table for this level': 'un tableau de données de ce niveau',
    'two tables for one level': 'un seul tableau de données par niveau',
    'expected a list of {0}': 'une liste de {0}',
    'expected an https: URL (allowHttp: true accepts http:)': 'une URL https:',
    'give exactly one of code and name': 'code ou name, un seul',
  } satisfies Record<ReasonCode, string>,
  /** A load failed: the HTTP status when a response came. */
  http: (status: unknown) => `Les données n’ont pas pu être chargées${status === undefined ? '' : ` (erreur HTTP ${status})`}`,
  /** A shipped file (geometry, registry) cannot be read: `failure` is `HTTP 404`, `HTML` or `JSON`. */
  asset: (failure: unknown) => `Un fichier de la carte n’a pas pu être lu (${failure})\u00a0: l’adresse des fichiers de l’atlas est peut-être mal réglée (setAssetBase)`,
  /** A source cannot be read, and where (`ligne 12, colonne « Total » introuvable`). */
  data: (source: unknown) => `Le fichier ${source} ne peut pas être lu`,
  row: (row: unknown) => `ligne ${row}`,
  column: (column: unknown) => `colonne « ${column} »`,
  /** A column that the file does not have. */
  missing: (column: unknown) => `colonne « ${column} » introuvable`,
  /**
   * Why a source cannot be read, by the adapters' error code, from its params: most codes are not
   * codes of the `level` (the counts are in the detail), and the level they look like (`guess`).
   */
  why: {
    'wrong-level': (p: ErrorParams) =>
      `la plupart des codes ne sont pas des codes ${p.level === 'epci' ? 'd’' : 'de '}${levelsFr[p.level as Level][1]}${p.guess ? `\u00a0; ils ressemblent à des codes de ${levelsFr[p.guess as Level][1]}` : ''}`,
    /** A text that is no CSV: empty, UTF-16 without byte-order mark, an HTML page (`content`). */
    'not-csv': (p: ErrorParams) =>
      ({ empty: 'il est vide', 'utf-16': 'il est en UTF-16 sans indicateur d’ordre des octets\u00a0; enregistrez-le en UTF-8', html: 'c’est une page HTML, pas un fichier CSV' })[p.content as string]!,
  },
  unexpected: 'Une erreur inattendue est survenue',
  /** Before the technical line, which stays in English. */
  detail: 'Détail technique, en anglais\u00a0:',
  /** The button that loads a failed widget again. */
  retry: 'Réessayer',
}

/** The shape of a language's error table; English has no `reasons`: they are English words already. */
export type ErrorTexts = Omit<typeof errorsFr, 'reasons'> & { readonly reasons: Readonly<Record<ReasonCode, string>> | undefined }
