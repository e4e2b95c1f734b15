import type { ComponentChildren } from 'preact'
import type { IndicatorTable } from '../../core/indicator-table.js'
import { boolean, fn, integer, invalid, number, numberList, oneOf, string } from '../../core/options.js'
import { CLASS_METHODS, CLASS_RANGE } from '../../core/scales/classification.js'
import { PALETTES, type PaletteName } from '../../core/scales/palettes.js'
import type { SelectionStore } from '../../core/selection.js'
import { option, propOnly } from '../../core/spec/spec.js'
import { widgetSpec } from '../../core/spec/widget.js'
import { LEVELS } from '../../core/types.js'
import { defaults } from './defaults.js'
import { checkRenderer } from './renderer.js'
import type { TooltipInfo } from './types.js'

export const HOME_END = ['name', 'rank'] as const

/**
 * The options of {@link ChoroplethMap} and the attributes of `<atlas-map>`: one parser each, the
 * defaults from {@link defaults}. Cross-option rules (a table per level, `method` from `breaks`)
 * are checked after, by `checkMapOptions`.
 */
export const mapSpec = {
  table: propOnly((name, v): readonly IndicatorTable[] => {
    const list = Array.isArray(v) ? (v as readonly IndicatorTable[]) : [v as IndicatorTable]
    if (list.length === 0 || list.some((t) => !t || typeof t.get !== 'function' || !LEVELS.includes(t.level))) invalid(name, v, 'expected an IndicatorTable')
    return list
  }),
  level: option((name, v) => oneOf(name, v, LEVELS)),
  ...widgetSpec,
  store: propOnly((name, v) => {
    if (v !== undefined && (typeof v !== 'object' || v === null || !('view' in v))) invalid(name, v)
    return v as SelectionStore | undefined
  }),
  method: option((name, v) => oneOf(name, v, CLASS_METHODS)),
  classes: option((name, v) => integer(name, v, defaults.classes, CLASS_RANGE)),
  breaks: option((name, v) => numberList(name, v)),
  reference: option((name, v) => number(name, v)),
  palette: option((name, v) => oneOf(name, v, Object.keys(PALETTES) as PaletteName[])),
  histogram: option((name, v) => boolean(name, v, defaults.histogram)!),
  showTable: option((name, v) => boolean(name, v, defaults.showTable)!),
  homeEnd: option((name, v) => oneOf(name, v, HOME_END, defaults.homeEnd)),
  renderer: option((name, v) => checkRenderer(v, name)),
  tooltip: propOnly((name, v) => fn<(info: TooltipInfo) => ComponentChildren>(name, v)),
  id: propOnly((name, v) => string(name, v)),
  onReady: propOnly((name, v) => fn<() => void>(name, v)),
}
