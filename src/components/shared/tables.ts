import type { IndicatorTable } from '../../core/indicator-table.js'
import { integer, invalid, number, numberList, oneOf } from '../../core/options.js'
import { CLASS_METHODS, CLASS_RANGE, type ClassMethod } from '../../core/scales/classification.js'
import { classifyDefaults } from '../../core/scales/classify.js'
import { PALETTES, type PaletteName } from '../../core/scales/palettes.js'
import type { SelectionStore } from '../../core/selection.js'
import type { View } from '../../core/view.js'
import { checkSpec, option, propOnly, type Spec, type Values } from '../../core/spec/spec.js'
import type { widgetSpec } from '../../core/spec/widget.js'
import { LEVELS, type Level } from '../../core/types.js'

/**
 * The data options of the widgets drawn from tables (map, ranking): `table` (one, or one per level)
 * and the shared `store`. Each widget spreads them into its spec; {@link byLevel} then checks the
 * tables against the starting `level`.
 */
export const tableSpec = {
  table: propOnly((name, v): readonly IndicatorTable[] => {
    const list = Array.isArray(v) ? (v as readonly IndicatorTable[]) : [v as IndicatorTable]
    if (list.length === 0 || list.some((t) => !t || typeof t.get !== 'function' || !LEVELS.includes(t.level))) invalid(name, v, 'expected an IndicatorTable')
    return list
  }),
  level: option((name, v) => oneOf(name, v, LEVELS)),
}

/** A group's store (selected, hovered, view): a prop only, the element's `group` attribute sets it. */
export const storeOption = propOnly((name, v) => {
  if (v !== undefined && (typeof v !== 'object' || v === null || !('view' in v))) invalid(name, v)
  return v as SelectionStore | undefined
})

/** The classification of the class colours, read alike by every widget that paints them (same names, same defaults). */
export const classSpec = {
  method: option((name, v) => oneOf(name, v, CLASS_METHODS)),
  classes: option((name, v) => integer(name, v, classifyDefaults.classes, CLASS_RANGE)),
  breaks: option(numberList),
  reference: option(number),
  palette: option((name, v) => oneOf(name, v, Object.keys(PALETTES) as PaletteName[])),
}

/** The checked tables keyed by level, and the starting level (default: the first table's). Throws `invalid table` / `invalid level`. */
export function byLevel(list: readonly IndicatorTable[], given: Level | undefined): { tables: Map<Level, IndicatorTable>; level: Level } {
  const tables = new Map<Level, IndicatorTable>()
  for (const t of list) {
    if (tables.has(t.level)) invalid('table', t.level, 'two tables for one level')
    tables.set(t.level, t)
  }
  const level = given ?? list[0]!.level
  if (!tables.has(level)) invalid('level', level, 'no table for this level')
  return { tables, level }
}

/** The specs every widget drawn from tables spreads into its own. */
type TableWidgetSpec = typeof tableSpec & typeof widgetSpec & typeof classSpec

/**
 * The checked options of a widget drawn from tables, derived from its spec: every option's checked
 * value, with the tables keyed by level and the starting view in place of `table`, `level` and `within`.
 */
export type TableWidgetOptions<S extends Spec> = Omit<Values<S>, 'table' | 'level' | 'within'> & { tables: ReadonlyMap<Level, IndicatorTable>; view: View }

/**
 * Checks the props of a widget drawn from tables once, at the entry, through its `spec`: then a table
 * per level ({@link byLevel}), the starting view, and `method`: the classification's default
 * (quantiles, as for `classes`) unless `breaks` are given, which the classification reads as manual.
 * Throws `invalid <name>: <value>`.
 */
export function checkTableWidget<S extends TableWidgetSpec>(spec: S, props: object): TableWidgetOptions<S> {
  const { table, level: given, within, method, ...rest } = checkSpec<TableWidgetSpec>(spec, props as Record<string, unknown>)
  const { tables, level } = byLevel(table, given)
  return { ...rest, tables, view: { level, within }, method: method ?? (rest.breaks ? undefined : classifyDefaults.method) } as unknown as TableWidgetOptions<S>
}

/** The data props of a widget drawn from tables (see {@link tableSpec}), the map's and the ranking's alike. */
export interface TableWidgetProps {
  /**
   * The data: one table, or one per level, so that the widget follows the group's view among them and
   * the map drills down (régions → départements → communes).
   */
  table: IndicatorTable | readonly IndicatorTable[]
  /** Level shown at start. Default: the (first) table's level. */
  level?: Level
  /** Extent at start: `null` (France entière, default), `{ level: 'region', code: '53' }` or `"region:53"`. */
  within?: View['within'] | string
  /** Shared selection (selected, hovered, view) with the other widgets of a group. Default: a store of the widget's own. */
  store?: SelectionStore
}

/** How values are cut into coloured classes, the same for every widget that draws them (map, ranking). */
export interface ClassificationProps {
  /** `quantile` (default), `equal`, `jenks` or `manual` (with `breaks`). */
  method?: ClassMethod
  /** Number of classes, 3 to 9. Default 5. */
  classes?: number
  /** Inner class thresholds, to share one legend between widgets. */
  breaks?: number[]
  /** Reference value for a diverging classification (e.g. the France value). */
  reference?: number
  /** Palette name. Default: by kind of classification (see scales). */
  palette?: PaletteName
}
