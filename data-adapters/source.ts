import type { IndicatorTable } from '../src/core/indicator-table.js'

/** Options of {@link Source.load}. */
export interface LoadOptions {
  /** Aborts the load (fetches and joining); the promise rejects with the signal's reason. Default: none. */
  signal?: AbortSignal
}

/** What every adapter returns: a named, lazily loaded indicator. */
export interface Source {
  /** Used in every error and in `report.source`: URL, file name, dataset id, or `records`. */
  readonly name: string
  /** Reads (or fetches) the data and joins it to the territory registry. Each call loads again. */
  load(options?: LoadOptions): Promise<IndicatorTable>
}
