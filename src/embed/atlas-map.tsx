import type { IndicatorTable } from '../core/indicator-table.js'
import type { Lang } from '../core/locale.js'
import { checkView, viewKey } from '../core/view.js'
import { attributesOf, type Values } from '../core/spec/spec.js'
import { ChoroplethMap } from '../components/map/ChoroplethMap.js'
import { defaults } from '../components/map/defaults.js'
import { loadViewGeometry } from '../components/map/geometry.js'
import type { ChoroplethMapProps } from '../components/map/options.js'
import { mapSpec } from '../components/map/spec.js'
import { dataSpec, elementSpec } from './data-attributes.js'
import { dataSource } from './data-source.js'
import { nextTask } from '../../data-adapters/slices.js'
import { AtlasElement } from './element.js'

/** Attributes of `<atlas-map>`: the map's options that have one, the data attributes, `group`. */
export const mapElementSpec = { ...mapSpec, ...dataSpec, ...elementSpec }

type MapAttributes = Values<typeof mapElementSpec>

/**
 * `<atlas-map src="…" code="Code Insee" value="…" level="departement">`: a {@link ChoroplethMap}
 * of a CSV or JSON file. Settles (`atlas-ready`) once the shapes are drawn. Maps and other widgets
 * with the same `group` share their selection and view.
 */
export class AtlasMapElement extends AtlasElement<typeof mapElementSpec, IndicatorTable> {
  static observedAttributes = attributesOf(mapElementSpec)
  protected readonly spec = mapElementSpec
  protected override readonly settlesOnViewReady = true

  protected async load(a: MapAttributes, signal: AbortSignal): Promise<IndicatorTable> {
    // A `within` the map cannot draw fails as the map itself says it (the attribute's text and why),
    // before the geometry loader meets it as a parsed view.
    checkView(a)
    const source = await dataSource(a, this.localName)
    // The view's geometry is fetched and projected while the data are parsed (the map then finds it
    // done: one long task split in two), and a wrong asset base fails the element (inline message,
    // `atlas-error`) rather than leave a map waiting. Without the signal: the geometry is shared by
    // the callers of one view, and an aborted caller would fail the next one.
    const [table] = await Promise.all([source.load({ signal }), loadViewGeometry(a, defaults.width, defaults.height)])
    // The map's first render (title, navigation: ≈ 5 ms of CPU) in a task of its own, not in the one that
    // projected the geometry (≈ 17 ms) or parsed the data: together they ran over 50 ms on a quiet machine.
    await nextTask()
    if (!signal.aborted) this.#viewChanged(a)
    return table
  }

  #view: string | undefined

  /**
   * The element draws a new map for new attributes; a change of `level`/`within` is a change of the
   * widget's own view, which it writes to its group (outside any render) as the rule of
   * SelectionStore says. At the first load the map applies the rule itself.
   */
  #viewChanged(a: MapAttributes): void {
    const key = viewKey({ level: a.level, within: a.within })
    const store = this.groupStore
    if (this.#view !== undefined && this.#view !== key && store) store.view.value = { level: a.level, within: a.within }
    this.#view = key
  }

  protected view(table: IndicatorTable, a: MapAttributes & { lang: Lang }) {
    return <ChoroplethMap {...this.widgetProps<ChoroplethMapProps>(mapSpec, a)} table={table} />
  }
}

/** The loader's name of this part's class (src/embed/elements.ts). */
export { AtlasMapElement as element }
