import type { ComponentChildren } from 'preact'
import { boolean, fn, oneOf, string } from '../../core/options.js'
import { option, propOnly } from '../../core/spec/spec.js'
import { widgetSpec } from '../../core/spec/widget.js'
import { classSpec, storeOption, tableSpec } from '../shared/tables.js'
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
  ...tableSpec,
  ...widgetSpec,
  store: storeOption,
  ...classSpec,
  histogram: option((name, v) => boolean(name, v, defaults.histogram)!),
  showTable: option((name, v) => boolean(name, v, defaults.showTable)!),
  homeEnd: option((name, v) => oneOf(name, v, HOME_END, defaults.homeEnd)),
  renderer: option((name, v) => checkRenderer(v, name)),
  tooltip: propOnly(fn<(info: TooltipInfo) => ComponentChildren>),
  id: propOnly(string),
  onReady: propOnly(fn<() => void>),
}
