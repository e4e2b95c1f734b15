import type { ComponentChildren } from 'preact'
import type { IndicatorTable } from '../../core/indicator-table.js'
import { LANGS, type Lang } from '../../core/locale.js'
import { boolean, fn, integer, invalid, number, numberList, oneOf, string } from '../../core/options.js'
import { CLASS_METHODS, type ClassMethod } from '../../core/scales/classification.js'
import { PALETTES, type PaletteName } from '../../core/scales/palettes.js'
import type { SelectionStore } from '../../core/selection.js'
import { parseWithin, type View } from '../../core/view.js'
import { LEVELS, type Level } from '../../core/types.js'
import { defaults } from './defaults.js'
import type { TooltipInfo } from './types.js'
import type { RendererChoice } from './renderer.js'

/** Props of {@link ChoroplethMap}. Defaults: see {@link defaults}. */
export interface ChoroplethMapProps {
  /** The data: one table, or one per level to allow drilling down (régions → départements → communes). */
  table: IndicatorTable | readonly IndicatorTable[]
  /** Level drawn at start. Default: the (first) table’s level. */
  level?: Level
  /** Extent at start: `null` (France entière, default), `{ level: 'region', code: '53' }` or `"region:53"`. */
  within?: View['within'] | string
  /** Shared selection (selected, hovered, view). Default: a new store of the map's own. */
  store?: SelectionStore
  /** `quantile` (default), `equal`, `jenks` or `manual` (with `breaks`). */
  method?: ClassMethod
  /** Number of classes, 3 to 9. Default 5. */
  classes?: number
  /** Inner class thresholds, to share one legend between maps. */
  breaks?: number[]
  /** Reference value for a diverging classification (e.g. the France value). */
  reference?: number
  /** Palette name. Default: by kind of classification (see scales). */
  palette?: PaletteName
  lang?: Lang
  /** Title. Default: the indicator's label. */
  title?: string
  /** Subtitle. Default: « Départements, 2019 » (level and year). */
  subtitle?: string
  /** Mini histogram under the legend. Default false. */
  histogram?: boolean
  /** Data table shown at start. Default false. */
  showTable?: boolean
  /** `name` (default): Home/End go to the first/last territory alphabetically; `rank`: to the highest/lowest value. */
  homeEnd?: 'name' | 'rank'
  /** Custom tooltip body: Preact nodes, never an HTML string. */
  tooltip?: (info: TooltipInfo) => ComponentChildren
  /** Prefix of the element ids. Default: `atlas-map-<indicator id>-<level>`. */
  id?: string
  /** The shape-drawing layer: `auto` (default: SVG, canvas from 2,000 shapes), `svg`, `canvas`, or a component. */
  renderer?: RendererChoice
  /** Called each time the map has drawn a view (geometry loaded). */
  onReady?: () => void
}

/** The props once checked: every default applied. */
export interface MapOptions {
  tables: ReadonlyMap<Level, IndicatorTable>
  view: View
  store: SelectionStore | undefined
  method: ClassMethod | undefined
  classes: number
  breaks: number[] | undefined
  reference: number | undefined
  palette: PaletteName | undefined
  lang: Lang
  title: string | undefined
  subtitle: string | undefined
  histogram: boolean
  showTable: boolean
  homeEnd: 'name' | 'rank'
  tooltip: ((info: TooltipInfo) => ComponentChildren) | undefined
  id: string | undefined
}

/** Checks the props once, at the entry; throws `invalid <name>: <value>`. */
export function checkMapOptions(props: ChoroplethMapProps): MapOptions {
  const list = Array.isArray(props.table) ? (props.table as readonly IndicatorTable[]) : [props.table as IndicatorTable]
  if (list.length === 0 || list.some((t) => !t || typeof t.get !== 'function' || !LEVELS.includes(t.level))) invalid('table', props.table, 'expected an IndicatorTable')
  const tables = new Map<Level, IndicatorTable>()
  for (const t of list) {
    if (tables.has(t.level)) invalid('table', t.level, 'two tables for one level')
    tables.set(t.level, t)
  }
  const level = oneOf('level', props.level, LEVELS, list[0]!.level)
  if (!tables.has(level)) invalid('level', level, 'no table for this level')
  const store = props.store
  if (store !== undefined && (typeof store !== 'object' || store === null || !('view' in store))) invalid('store', store)
  const palette = oneOf('palette', props.palette, Object.keys(PALETTES) as PaletteName[])
  return {
    tables,
    view: { level, within: parseWithin(props.within) },
    store,
    method: oneOf('method', props.method, CLASS_METHODS) ?? (props.breaks ? undefined : defaults.method),
    classes: integer('classes', props.classes, defaults.classes, { min: 3, max: 9 }),
    breaks: numberList('breaks', props.breaks),
    reference: number('reference', props.reference),
    palette,
    lang: oneOf('lang', props.lang, LANGS, defaults.lang),
    title: string('title', props.title),
    subtitle: string('subtitle', props.subtitle, undefined, true),
    histogram: boolean('histogram', props.histogram, defaults.histogram)!,
    showTable: boolean('showTable', props.showTable, defaults.showTable)!,
    homeEnd: oneOf('homeEnd', props.homeEnd, ['name', 'rank'] as const, defaults.homeEnd),
    tooltip: fn('tooltip', props.tooltip),
    id: string('id', props.id),
  }
}
