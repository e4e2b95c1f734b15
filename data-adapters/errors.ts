import { AtlasError } from '../src/core/errors.js'

/**
 * Bad input that cannot become a flagged missing value: the message names the source, and the row
 * and column when there is one (`depenses.csv: row 12, column "Total": …`). Its `code` is the {@link reason},
 * else `data`; its `params` hold `source`, `row`, `column` and the reason's values.
 */
export class DataError extends AtlasError {
  declare readonly source: string
  declare readonly row: number | undefined
  declare readonly column: string | undefined
  /**
   * What went wrong as a stable identifier, for a message in the page's language (`merged-communes`,
   * `wrong-level`, `encoding`…), with the values of the message in {@link params}; `undefined` for the
   * errors that have no sentence of their own (said as « the file cannot be read », row and column).
   */
  declare readonly reason: string | undefined
  constructor(source: string, detail: string, where: { row?: number; column?: string; reason?: string; params?: Readonly<Record<string, unknown>> } = {}) {
    const at = [where.row !== undefined ? `row ${where.row}` : '', where.column !== undefined ? `column ${JSON.stringify(where.column)}` : ''].filter(Boolean).join(', ')
    super(where.reason ?? 'data', `${source}: ${at ? `${at}: ` : ''}${detail}`, { ...where.params, source, row: where.row, column: where.column })
    this.source = source
    this.row = where.row
    this.column = where.column
    this.reason = where.reason
    this.name = 'DataError'
  }
}
