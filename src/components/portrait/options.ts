import type { Lang } from '../../core/locale.js'
import { invalid } from '../../core/options.js'
import { territory as findTerritory } from '../../core/registry/index.js'
import type { SelectionStore } from '../../core/selection.js'
import { checkSpec, type Expect, type SameOptions, type Values } from '../../core/spec/spec.js'
import { checkWithin, type Within } from '../../core/view.js'
import type { PortraitFigureInput, PortraitSubject } from './compute.js'
import { portraitSpec } from './spec.js'

/** Props of {@link PortraitCard}. */
export interface PortraitCardProps {
  /**
   * The territory: a code (its level from `level`, else from the figures' tables),
   * `{ level: 'region' | 'departement', code }`, or `{ level: 'france' }`. Default: France. In a group
   * (`store`), the selected territory of the same level replaces it until the selection is cleared.
   */
  territory?: PortraitSubject | string
  /** Level of a `territory` given as a code: `'region'`, `'departement'` or `'france'`. Default: the figures' tables' level. */
  level?: PortraitSubject['level']
  /** The key figures, in order: one indicator table each (the subject's level). */
  figures: readonly PortraitFigureInput[]
  /** Optional analysis text, in the Markdown subset (paragraphs, emphasis, lists, http(s) links). Default: none. */
  analysis?: string
  /** Heading text. Default: the territory's name. */
  title?: string
  /** Line under the heading; `""` for none. Default: level and parent (« département, Bretagne »). */
  subtitle?: string
  /** The peers of the ranks: `region:53` ranks a département among those of Bretagne. Default: `null`, France entière. */
  within?: Within | string | null
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

/** Every prop is an option of {@link portraitSpec} and every option a prop (a type error otherwise). */
export type PropsAreOptions = Expect<SameOptions<PortraitCardProps, typeof portraitSpec>>

/** The props once checked, derived from {@link portraitSpec}: every default applied, the territory resolved. */
export type PortraitOptions = Omit<Values<typeof portraitSpec>, 'territory' | 'level' | 'within'> & { territory: PortraitSubject; within: Within | null }

/** Checks the props once, at the entry, through {@link portraitSpec}; throws `invalid <name>: <value>`. */
export function checkPortraitOptions(props: PortraitCardProps): PortraitOptions {
  const { territory: given, level, within, ...rest } = checkSpec(portraitSpec, props as unknown as Record<string, unknown>)
  // Only the départements of a region have peers to rank among inside an area.
  if (within && within.level !== 'region') invalid('within', `${within.level}:${within.code}`, 'expected a region')
  return { ...rest, within: checkWithin('departement', within), territory: subjectOf(given, level ?? rest.figures[0]?.table.level) }
}

function subjectOf(given: PortraitSubject | string | undefined, level: string | undefined): PortraitSubject {
  if (given === undefined || level === 'france' || (typeof given !== 'string' && given.level === 'france')) return { level: 'france' }
  const code = typeof given === 'string' ? given : given.code
  const of = typeof given === 'string' ? level : given.level
  if (of !== 'region' && of !== 'departement') return invalid('level', of, 'expected region or departement for a territory code')
  if (!findTerritory(of, code)) return invalid('territory', code, 'unknown territory')
  return { level: of, code }
}
