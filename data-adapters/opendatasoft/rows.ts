import { DataError } from '../errors.js'
import type { Row } from '../options.js'
import type { ParsedRows } from '../join/index.js'

/**
 * API records (JSON objects) → rows for the join. Columns in order of first appearance; nested values
 * (geo points, lists) become their JSON text, so that they can never pass for a number.
 */
export function objectRows(records: readonly unknown[], source: string, drop: readonly string[] = []): ParsedRows {
  const columns: string[] = []
  const seen = new Set<string>(drop)
  const rows: Row[] = new Array(records.length)
  records.forEach((record, i) => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new DataError(source, `record ${i + 1} is not an object: ${JSON.stringify(record)?.slice(0, 80)}`)
    const row: Record<string, string | number | boolean | null> = {}
    for (const [key, value] of Object.entries(record)) {
      if (drop.includes(key) || value === undefined) continue
      if (!seen.has(key)) {
        seen.add(key)
        columns.push(key)
      }
      row[key] = value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : JSON.stringify(value)
    }
    rows[i] = row
  })
  return { columns, rows }
}
