import type { IndicatorTable } from '../core/indicator-table.js'
import type { DataAttributes } from './data-attributes.js'
import { dataSource } from './data-source.js'

/**
 * Loads shared by the elements of a group, by the group's store and attributes: a table and a
 * portrait of one group showing the same indicator (same `src` and options) fetch, parse and join it
 * once; they go with the store when the group's last element leaves. A failed load is forgotten, so
 * that a retry loads again. (Any two loads of one URL share the request: the HTTP layer's cache.)
 */
const loads = new WeakMap<object, Map<string, Promise<IndicatorTable>>>()

/**
 * The indicator tables that `indicators` describe (the attributes of each `<atlas-indicator>`), in
 * order; every indicator is checked by its adapter before anything is fetched, errors naming the
 * child (`where(i)`).
 */
export async function indicatorTables(indicators: readonly DataAttributes[], group: object | undefined, element: string, where: (i: number) => string, signal: AbortSignal): Promise<IndicatorTable[]> {
  const sources = await Promise.all(indicators.map((a, i) => dataSource(a, `${element} ${where(i)}`.trim())))
  return Promise.all(
    sources.map(async (source, i) => {
      if (group === undefined) return source.load({ signal })
      let mine = loads.get(group)
      if (!mine) loads.set(group, (mine = new Map()))
      const key = JSON.stringify(indicators[i])
      let load = mine.get(key)
      if (!load) {
        // Loaded without the element's signal: another element may be waiting for the same table.
        const started = source.load()
        started.catch(() => mine.get(key) === started && mine.delete(key))
        mine.set(key, (load = started))
      }
      const table = await load
      signal.throwIfAborted()
      return table
    }),
  )
}
