/**
 * Bad input that cannot become a flagged missing value: the message names the source, and the row
 * and column when there is one (`depenses.csv: row 12, column "Total": …`).
 */
export class DataError extends Error {
  readonly source: string
  readonly row: number | undefined
  readonly column: string | undefined
  constructor(source: string, detail: string, where: { row?: number; column?: string } = {}) {
    const at = [where.row !== undefined ? `row ${where.row}` : '', where.column !== undefined ? `column ${JSON.stringify(where.column)}` : ''].filter(Boolean).join(', ')
    super(`${source}: ${at ? `${at}: ` : ''}${detail}`)
    this.name = 'DataError'
    this.source = source
    this.row = where.row
    this.column = where.column
  }
}
