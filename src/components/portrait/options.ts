import { integer, invalid, oneOf, string } from '../../core/options.js'
import { LANGS, type Lang } from '../../core/locale.js'
import type { SelectionStore } from '../../core/selection.js'
import { defaults } from './defaults.js'
import type { PortraitFigureInput, PortraitSubject } from './compute.js'

/** Props of {@link PortraitCard}. */
export interface PortraitCardProps {
  /**
   * The territory: `{ level: 'region' | 'departement', code }`, or `{ level: 'france' }`. In a group
   * (`store`), the selected territory of the same level replaces it until the selection is cleared.
   */
  territory: PortraitSubject
  /** The key figures, in order: one indicator table each (the subject's level). */
  figures: readonly PortraitFigureInput[]
  /** Optional analysis text, in the Markdown subset (paragraphs, emphasis, lists, http(s) links). Default: none. */
  analysis?: string
  /** Heading level of the territory's name, 1–6. Default: 2. */
  headingLevel?: number
  /** Language of every text. Default: `'fr'`. */
  lang?: Lang
  /** The small locator map. Default: `true`. */
  locator?: boolean
  /** Shared selection of a group of widgets. Default: none. */
  store?: SelectionStore
  /** Called once the card and its locator are drawn. */
  onReady?: () => void
}

export interface CheckedPortraitOptions {
  territory: PortraitSubject
  figures: readonly PortraitFigureInput[]
  analysis: string
  headingLevel: number
  lang: Lang
  locator: boolean
}

/** Checks the props once, at the entry; a bad one throws `invalid <name>: <value>`. */
export function checkPortraitOptions(props: PortraitCardProps): CheckedPortraitOptions {
  const t = props.territory as unknown
  if (!t || typeof t !== 'object') invalid('territory', t, 'expected { level, code } or { level: "france" }')
  const level = oneOf('territory.level', (t as { level?: unknown }).level, ['france', 'region', 'departement'] as const)
  const territory: PortraitSubject = level === 'france' || level === undefined ? { level: 'france' } : { level, code: string('territory.code', (t as { code?: unknown }).code)! }
  if (!Array.isArray(props.figures)) invalid('figures', props.figures, 'expected an array of { table }')
  if (props.onReady !== undefined && typeof props.onReady !== 'function') invalid('onReady', props.onReady, 'expected a function')
  if (props.locator !== undefined && typeof props.locator !== 'boolean') invalid('locator', props.locator, 'expected true or false')
  return {
    territory,
    figures: props.figures,
    analysis: string('analysis', props.analysis, '', true)!,
    headingLevel: integer('headingLevel', props.headingLevel, defaults.headingLevel, { min: 1, max: 6 }),
    lang: oneOf('lang', props.lang, LANGS, defaults.lang),
    locator: props.locator ?? defaults.locator,
  }
}
