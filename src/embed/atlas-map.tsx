import type { IndicatorTable } from '../core/indicator-table.js'
import { loadAsset } from '../core/assets.js'
import type { Lang } from '../core/locale.js'
import { selectionGroup } from '../core/selection.js'
import { ChoroplethMap } from '../components/map/ChoroplethMap.js'
import type { Parsed } from './attributes.js'
import { observedAttributes } from './attributes.js'
import { dataSource } from './data-source.js'
import { AtlasElement } from './element.js'
import { mapAttributes } from './map-attributes.js'

type MapAttributes = Parsed<typeof mapAttributes>

/**
 * `<atlas-map src="…" code="Code Insee" value="…" level="departement">`: a {@link ChoroplethMap}
 * of a CSV or JSON file. Settles (`atlas-ready`) once the shapes are drawn. Maps and other widgets
 * with the same `group` share their selection and view.
 */
export class AtlasMapElement extends AtlasElement<typeof mapAttributes, IndicatorTable> {
  static observedAttributes = observedAttributes(mapAttributes)
  protected readonly spec = mapAttributes
  protected override readonly settlesOnViewReady = true

  protected async load(a: MapAttributes, signal: AbortSignal): Promise<IndicatorTable> {
    const source = dataSource(a, this.localName)
    // The national geometry is fetched with the data, so that a wrong asset base fails the element
    // (inline message, `atlas-error`) rather than leave a map waiting. Without the signal: loadAsset
    // shares one request between callers, and an aborted caller would fail the next one.
    const [table] = await Promise.all([source.load({ signal }), loadAsset('geo/france.topo.json')])
    return table
  }

  protected view(table: IndicatorTable, a: MapAttributes & { lang: Lang }) {
    return (
      <ChoroplethMap
        table={table}
        level={a.level}
        within={a.within}
        lang={a.lang}
        classes={a.classes}
        histogram={a.histogram}
        showTable={a['show-table']}
        onReady={() => this.viewReady()}
        {...(a.method !== undefined ? { method: a.method } : {})}
        {...(a.breaks !== undefined ? { breaks: a.breaks } : {})}
        {...(a.reference !== undefined ? { reference: a.reference } : {})}
        {...(a.palette !== undefined ? { palette: a.palette } : {})}
        {...(a.title !== undefined ? { title: a.title } : {})}
        {...(a.subtitle !== undefined ? { subtitle: a.subtitle } : {})}
        {...(a.group !== undefined ? { store: selectionGroup(a.group) } : {})}
      />
    )
  }
}
