import { describe, expect, it } from 'vitest'
import { HttpError } from '../../../data-adapters/http/errors.js'
import { DataError } from '../../../data-adapters/errors.js'
import { wrongLevel } from '../../../data-adapters/join/level-guess.js'
import { AtlasError } from '../../../src/core/errors.js'
import { integer, invalid, oneOf } from '../../../src/core/options.js'
import { checkWithin } from '../../../src/core/view.js'
import { checkUrl } from '../../../data-adapters/http/url.js'
import { checkJoinOptions } from '../../../data-adapters/options.js'
import { checkPortraitOptions } from '../../../src/components/portrait/options.js'
import { parseReferences } from '../../../src/components/ranking/spec.js'
import { tableSpec } from '../../../src/components/table/spec.js'
import { ERROR_TEXTS, errorText } from '../../../src/core/text/error-text.js'

const thrown = (f: () => unknown): unknown => {
  try {
    f()
  } catch (error) {
    return error
  }
  throw new Error('did not throw')
}
const classes = thrown(() => integer('classes', 'cinq', 5, { min: 3, max: 9 }))
const tooMany = thrown(() => integer('classes', '12', 5, { min: 3, max: 9 }))
const notFound = new HttpError({ url: 'https://x.test/a.csv', status: 404, message: 'HTTP 404 from https://x.test/a.csv' })
const offline = new HttpError({ url: 'https://x.test/a.csv', message: 'network error: https://x.test/a.csv' })
const column = new DataError('a.csv', 'value column "Total" not found (columns: "Code", "Nom")', { reason: 'column-missing', params: { option: 'value', missing: 'Total', columns: ['Code', 'Nom'] } })
const cell = new DataError('a.csv', 'unclosed quote', { row: 12, column: 'Total' })

describe('errorText', () => {
  it('defaults: names an option; anything not an AtlasError is unexpected, its message kept as the detail', () => {
    expect(errorText(new Error('boom'), 'fr')).toEqual({ text: 'Une erreur inattendue est survenue.', detail: 'boom' })
    expect(errorText('boom', 'en')).toEqual({ text: 'An unexpected error occurred.', detail: 'boom' })
    expect(errorText(classes, 'fr').text).toMatch(/^Option classes/)
  })

  it('says a bad value in French, what was expected included, and keeps the English message as the detail', () => {
    expect(errorText(classes, 'fr', 'attribute')).toEqual({
      text: 'Attribut classes\u00a0: la valeur « cinq » n’est pas valide (attendu : un nombre).',
      detail: 'invalid classes: "cinq" (expected a number)',
    })
    expect(errorText(tooMany, 'fr', 'attribute').text).toBe('Attribut classes\u00a0: la valeur « 12 » n’est pas valide (attendu : au plus 9).')
    expect(errorText(thrown(() => oneOf('method', 'k', ['quantile', 'jenks'])), 'fr').text).toBe('Option method\u00a0: la valeur « k » n’est pas valide (attendu : une valeur parmi quantile, jenks).')
    expect(errorText(thrown(() => checkWithin('region', { level: 'departement', code: '29' })), 'fr').text).toContain('(attendu : un territoire qui contienne des territoires de niveau region)')
  })

  it('says the same in English', () => {
    expect(errorText(classes, 'en', 'attribute').text).toBe('Attribute classes: the value “cinq” is not valid (expected a number).')
    expect(errorText(tooMany, 'en').text).toBe('Option classes: the value “12” is not valid (expected at most 9).')
  })

  it('says in French what an element’s attribute expected, for every reason an attribute’s value can fail with', () => {
    const fr = (f: () => unknown) => errorText(thrown(f), 'fr', 'attribute').text
    expect(fr(() => tableSpec.columns.parse('columns', 'foo'))).toBe('Attribut columns\u00a0: la valeur « foo » n’est pas valide (attendu : une liste de rank, gap).')
    expect(fr(() => parseReferences('references', 5))).toContain('(attendu : une liste de france, metro, parent, median)')
    expect(fr(() => checkPortraitOptions({ territory: '999', level: 'departement', figures: [] }))).toBe('Attribut territory\u00a0: la valeur « 999 » n’est pas valide (attendu : un territoire connu).')
    // In Node, no page: only https: URLs.
    expect(fr(() => checkUrl('ftp://x.test/a.csv', false, 'src'))).toContain('(attendu : une URL https:)')
    expect(fr(() => checkJoinOptions({ level: 'departement', value: 'v' }))).toBe('Attribut code\u00a0: la valeur « undefined » n’est pas valide (attendu : code ou name, un seul).')
    // English keeps its words, now the reason's code.
    expect(errorText(thrown(() => tableSpec.columns.parse('columns', 'foo')), 'en', 'attribute').text).toBe('Attribute columns: the value “foo” is not valid (expected a list of rank, gap).')
  })

  it('leaves words it has no translation for to the detail', () => {
    const free = errorText(thrown(() => invalid('dataset', 'a b', 'expected a dataset identifier')), 'fr')
    expect(free.text).toBe('Option dataset\u00a0: la valeur « a b » n’est pas valide.')
    expect(free.detail).toContain('(expected a dataset identifier)')
  })

  it('says a failed load with its HTTP status, or without when no response came', () => {
    expect(errorText(notFound, 'fr')).toEqual({ text: 'Les données n’ont pas pu être chargées (erreur HTTP 404).', detail: 'HTTP 404 from https://x.test/a.csv' })
    expect(errorText(notFound, 'en').text).toBe('The data could not be loaded (HTTP error 404).')
    expect(errorText(offline, 'fr').text).toBe('Les données n’ont pas pu être chargées.')
  })

  it('says an unreadable source with its row and column, and a missing column by name', () => {
    expect(errorText(cell, 'fr').text).toBe('Le fichier a.csv ne peut pas être lu (ligne 12, colonne « Total »).')
    expect(errorText(cell, 'en').text).toBe('The file a.csv cannot be read (row 12, column “Total”).')
    expect(errorText(column, 'fr').text).toBe('Le fichier a.csv ne peut pas être lu (colonne « Total » introuvable).')
    expect(errorText(column, 'en').text).toBe('The file a.csv cannot be read (column “Total” not found).')
  })

  it('says a file of another level and the level its codes look like (wrong-level); the counts stay in the detail', () => {
    const regions = wrongLevel(['11', '24', '27', '28'], 'region', { rows: 83, kept: 101 }, 'dep.csv', 'code')
    expect(errorText(regions, 'fr')).toEqual({
      text: 'Le fichier dep.csv ne peut pas être lu (colonne « code »)\u00a0: la plupart des codes ne sont pas des codes de régions\u00a0; ils ressemblent à des codes de départements.',
      detail: 'dep.csv: column "code": 83 of 101 rows have a code that is not a region code: these codes look like departement codes',
    })
    expect(errorText(regions, 'en').text).toBe('The file dep.csv cannot be read (column “code”): most codes are not region codes; they look like département codes.')
    // No level fits: the sentence stops there (the detail lists the first codes).
    const epci = wrongLevel(['x1', 'x2'], 'epci', { rows: 2, kept: 2 }, 'c.csv', 'code')
    expect(errorText(epci, 'fr').text).toBe('Le fichier c.csv ne peut pas être lu (colonne « code »)\u00a0: la plupart des codes ne sont pas des codes d’EPCI.')
    expect(errorText(epci, 'en').text).toBe('The file c.csv cannot be read (column “code”): most codes are not EPCI codes.')
  })

  it('says a file that is no CSV: empty, UTF-16 without byte-order mark, an HTML page (not-csv)', () => {
    const notCsv = (content: string) => new DataError('x.csv', 'the file is …', { reason: 'not-csv', params: { content } })
    expect(errorText(notCsv('empty'), 'fr').text).toBe('Le fichier x.csv ne peut pas être lu\u00a0: il est vide.')
    expect(errorText(notCsv('utf-16'), 'fr').text).toBe('Le fichier x.csv ne peut pas être lu\u00a0: il est en UTF-16 sans indicateur d’ordre des octets\u00a0; enregistrez-le en UTF-8.')
    expect(errorText(notCsv('html'), 'fr').text).toBe('Le fichier x.csv ne peut pas être lu\u00a0: c’est une page HTML, pas un fichier CSV.')
    expect(errorText(notCsv('empty'), 'en').text).toBe('The file x.csv cannot be read: it is empty.')
    expect(errorText(notCsv('utf-16'), 'en').text).toBe('The file x.csv cannot be read: it is UTF-16 without a byte-order mark; save it as UTF-8.')
    expect(errorText(notCsv('html'), 'en').text).toBe('The file x.csv cannot be read: it is an HTML page, not a CSV file.')
  })

  it('falls back on unexpected for an AtlasError that names neither a source nor a URL', () => {
    expect(errorText(new AtlasError('other', 'odd'), 'fr')).toEqual({ text: 'Une erreur inattendue est survenue.', detail: 'odd' })
  })

  it('has a French sentence for every reason and English needs none (its words are the reasons)', () => {
    expect(Object.keys(ERROR_TEXTS.fr.reasons!).length).toBeGreaterThan(20)
    expect(Object.values(ERROR_TEXTS.fr.reasons!).every((s) => s.length > 0 && !/expected/.test(s))).toBe(true)
    expect(ERROR_TEXTS.en.reasons).toBeUndefined()
  })
})
