import type { ComponentChildren } from 'preact'
import type { Lang } from '../../core/locale.js'
import { defaults } from './defaults.js'
import type { Expect, SameOptions } from '../../core/spec/spec.js'
import { mapSpec } from './spec.js'
import { checkTableWidget, type ClassificationProps, type TableWidgetOptions, type TableWidgetProps } from '../shared/tables.js'
import type { TooltipInfo } from './types.js'
import type { RendererChoice } from './renderer.js'

/** Props of {@link ChoroplethMap}. Defaults: see {@link defaults}. */
export interface ChoroplethMapProps extends TableWidgetProps, ClassificationProps {
  /** Language of every text. Default `fr`. */
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

/** Every prop is an option of {@link mapSpec} and every option a prop (a type error otherwise). */
export type PropsAreOptions = Expect<SameOptions<ChoroplethMapProps, typeof mapSpec>>

/** The props once checked, derived from {@link mapSpec}: every default applied, the tables keyed by level, the starting view. */
export type MapOptions = TableWidgetOptions<typeof mapSpec>

/** Checks the props once, at the entry, through {@link mapSpec}; throws `invalid <name>: <value>`. */
export function checkMapOptions(props: ChoroplethMapProps): MapOptions {
  return checkTableWidget(mapSpec, props)
}
