import type { IndicatorTable } from '../../src/core/indicator-table.js'
import type { IndicatorMeta } from '../../src/core/types.js'
import type { JoinOptions, Row } from '../options.js'

/** Rows as a parser or an API gives them. */
export interface ParsedRows {
  columns: string[]
  rows: Row[]
}

/** Where the rows come from, for messages and metadata. */
export interface JoinContext {
  /** Name used in every error and in `report.source`. */
  source: string
  /** Metadata the source itself provides (title, producer, year…); `options.indicator` wins over it. */
  defaults?: Partial<IndicatorMeta>
  signal?: AbortSignal
  /** Number shown for `rows[0]` in messages (a CSV's first data row is row 2, the header being row 1). Default: 1. */
  firstRow?: number
  /** Warnings already collected while reading the source (encoding fallback…), put first in the report. */
  warnings?: string[]
}

/** Rows (as parsed, cells still raw strings or JSON values) → IndicatorTable; source = name used in every error/report. */
export async function joinRows(rows: ParsedRows, options: JoinOptions, context: JoinContext): Promise<IndicatorTable> {
  void rows, options, context
  throw new Error('joinRows: implementation lands in the next commit')
}
