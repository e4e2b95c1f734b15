import { IndicatorTable, indicatorMeta, type CellMap } from '../../src/core/indicator-table.js'
import { isLoaded, loadTerritories, territories } from '../../src/core/registry/index.js'
import { emptyReport, type Cell, type IndicatorMeta, type JoinReport, type NationalKind } from '../../src/core/types.js'
import { DataError } from '../errors.js'
import { checkJoinOptions, type CheckedJoinOptions, type JoinOptions, type Row } from '../options.js'
import { checkedColumn, readNumberColumn, type DecimalVote, type Markers, type NumberColumn } from './cells.js'
import type { categoricalCells as CategoricalJoin } from './categorical.js'
import type { combined as Combined } from './combined.js'
import { cellText, codeResolver } from './codes.js'
import { shownDigits } from './digits.js'
import { exactSlot, RowGroups, slotsOf } from './groups.js'
import { wrongLevel } from './level-guess.js'
import type * as National from './national.js'
import type { Decimal } from './numbers.js'
import { quantitativeCells } from './quantitative.js'
import type { RatioParts } from '../../src/core/ratio-parts.js'
import { tableOfRows, type RowTable } from './table.js'
import { inSlices } from '../slices.js'

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
  /** Row number shown in messages for `rows[index]` (a CSV gives its line numbers). Default: `index + 1`. */
  rowNumber?: (index: number) => number
  /** Warnings already collected while reading the source (encoding fallback…), put first in the report. */
  warnings?: string[]
}

/** Rows (as parsed, cells still raw strings or JSON values) → IndicatorTable; source = name used in every error/report. */
export async function joinRows(parsed: ParsedRows, options: JoinOptions, context: JoinContext): Promise<IndicatorTable> {
  return joinTable(tableOfRows(parsed.columns, parsed.rows), checkJoinOptions(options), context)
}

/**
 * {@link joinRows} on rows by column (a parsed CSV's column arrays) and options checked already (the
 * adapters' sources check theirs when they are made): the same join and report.
 */
export async function joinTable(table: RowTable, o: CheckedJoinOptions, context: JoinContext): Promise<IndicatorTable> {
  const { source, signal } = context
  signal?.throwIfAborted()
  const newReport = (): JoinReport => {
    const report = emptyReport(source)
    report.warnings.push(...(context.warnings ?? []))
    report.rowsRead = n
    if (n === 0) report.warnings.push('the source has no data rows: empty table')
    return report
  }
  const rowNumber = context.rowNumber ?? ((i: number): number => i + 1)
  const n = table.length

  const codeColumn = (o.code ?? o.name)!
  const need = (column: string, option: string): void => {
    if (!table.columns.includes(column)) {
      throw new DataError(source, `${option} column ${JSON.stringify(column)} not found (columns: ${table.columns.map((c) => JSON.stringify(c)).join(', ')})`, {
        reason: 'column-missing',
        params: { option, missing: column, columns: table.columns },
      })
    }
  }
  need(codeColumn, o.code ? 'code' : 'name')
  if (typeof o.value === 'string') need(o.value, 'value')
  if (typeof o.per === 'string') need(o.per, 'per')
  for (const column of Object.keys(o.filter ?? {})) need(column, 'filter')

  // Rows of one territory to combine are read by a part (combined.ts): fetched with the registry when
  // they may come (with `aggregate`; at the commune and EPCI levels, for communes merged since the
  // source's vintage), else once the join has met some (a code twice, an error without `aggregate`).
  // The script tag ships it with the categorical join: categorical data fetch it with no extra request.
  const fetchCombined = () => import('./combined.js').then((m) => m.combined)
  let [, combined] = await Promise.all([
    isLoaded(o.level) || loadTerritories(o.level as 'epci' | 'commune', signal),
    o.aggregate || o.level === 'commune' || o.level === 'epci' ? fetchCombined() : undefined,
  ])
  // Fetched for categorical data only: a page of quantitative maps does not carry it.
  const categorical = o.kind === 'categorical' ? (await import('./categorical.js')).categoricalCells : undefined
  // Value and denominator cells of every row (their decimal separator is decided over the whole column):
  // a column as it is, or a function called on each row in order (value, then per).
  let values: readonly unknown[]
  let pers: readonly unknown[] | undefined
  if (typeof o.value === 'string' && typeof o.per !== 'function') {
    values = table.column(o.value)
    pers = o.per === undefined ? undefined : table.column(o.per)
  } else {
    const v: unknown[] = new Array(n)
    const p: unknown[] | undefined = o.per === undefined ? undefined : new Array(n)
    const valueOf = accessor(o.value)
    const perOf = o.per === undefined ? undefined : accessor(o.per)
    for (let i = 0; i < n; i++) {
      if ((i & 8191) === 8191) signal?.throwIfAborted()
      const row = table.row(i)
      v[i] = valueOf(row)
      if (p) p[i] = perOf!(row)
    }
    values = v
    pers = p
  }
  // Their numbers, read once for both joins, in slices (a million cells are a quarter of a second); the
  // join checks them after its pass over the codes, so that a file of another level says so first.
  const markers: Markers | undefined = o.missing ? new Map(Object.entries(o.missing)) : undefined
  const numbers = (cells: readonly unknown[]): Promise<NumberColumn> => inSlices(readNumberColumn(cells, markers), signal)
  const read = categorical ? undefined : ([await numbers(values), pers && (await numbers(pers))] as const)
  signal?.throwIfAborted()
  const join = (national?: NationalRows) => joinLoaded(table, o, context, newReport(), rowNumber, markers, values, read, categorical, national, combined)
  let joined = join()
  if (!joined) {
    combined = await fetchCombined()
    signal?.throwIfAborted()
    joined = join()!
  }
  // A France row is an unknown code to the join; a file that has one is joined again knowing national
  // rows, so that their reading is only fetched by the pages that need it.
  if (categorical || !joined.report.unknownCodes.some((c) => /^\s*f/i.test(c))) return joined
  const national = await import('./national.js')
  signal?.throwIfAborted()
  return join(national)!
}

type CategoricalCells = typeof CategoricalJoin
type NationalRows = typeof National
type CombinedRows = typeof Combined

const valueName = (o: CheckedJoinOptions): string => (typeof o.value === 'string' ? o.value : 'value()')
const perName = (o: CheckedJoinOptions): string => (typeof o.per === 'string' ? o.per : 'per()')

// The join once the registry is there: synchronous, so that its loops are optimised like any function's
// (V8 does not replace the running code of an async function's loop on the stack). `undefined` when it
// meets rows to combine without `combined`: the caller fetches it and joins again.
function joinLoaded(
  table: RowTable,
  o: CheckedJoinOptions,
  context: JoinContext,
  report: JoinReport,
  rowNumber: (i: number) => number,
  markers: Markers | undefined,
  values: readonly unknown[],
  read: readonly [NumberColumn, NumberColumn | undefined] | undefined,
  categoricalCells?: CategoricalCells,
  national?: NationalRows,
  combined?: CombinedRows,
): IndicatorTable | undefined {
  const { source, signal } = context
  const n = table.length
  const codeColumn = (o.code ?? o.name)!
  const filter = Object.entries(o.filter ?? {}).map(([k, v]) => [k, v.trim()] as const)
  const byName = o.name !== undefined
  const resolve = codeResolver({ ...o, byName }, report)

  const groups = new RowGroups(slotsOf(territories(o.level)))
  const slots = groups.slots
  const codes = table.column(codeColumn)
  const filterColumns = filter.map(([k, v]) => [table.column(k), v] as const)
  let kept = 0
  let unjoined = 0
  const nationalRows: Partial<Record<NationalKind, number[]>> = {}
  rows: for (let i = 0; i < n; i++) {
    if ((i & 8191) === 8191) signal?.throwIfAborted()
    for (let f = 0; f < filterColumns.length; f++) if (cellText(filterColumns[f]![0][i]) !== filterColumns[f]![1]) continue rows
    kept++
    const cell = codes[i]
    // Fast path: a cell that is exactly a current code (the common case) needs no checking.
    const slot = byName || typeof cell !== 'string' ? undefined : exactSlot(slots, cell)
    if (slot !== undefined) {
      groups.add(slot, i)
      continue
    }
    const kind = national?.nationalKind(cell)
    if (kind) {
      ;(nationalRows[kind] ??= []).push(i)
      continue
    }
    const resolved = resolve(cell)
    if (resolved) groups.add(groups.slotOf(resolved.code), i, resolved.sourceCode)
    else unjoined++
  }
  // Most kept rows joining nothing (half is not most): a file of another level, an error, never an empty map.
  if (unjoined * 2 > kept) throw wrongLevel(report.unknownCodes, o.level, { rows: unjoined, kept }, source, codeColumn)
  if (filter.length && n && kept === 0) report.warnings.push(`filter ${filter.map(([k, v]) => `${k}=${v}`).join('; ')} kept no row (${describeValues(table.column(filter[0]![0]), filter[0]![0])})`)
  if (report.unknownCodes.length) report.warnings.push(`${report.unknownCodes.length} unknown ${o.level} ${o.name ? 'names' : 'codes'}: see unknownCodes`)
  if (report.unpaddedCodes.length)
    report.warnings.push(`${report.unpaddedCodes.length} codes lost their leading zeros${o.padCodes ? ' and were padded' : ': not joined (set padCodes: true to pad them)'}`)

  let cells: CellMap
  let categories: string[] | undefined
  let parts: RatioParts | undefined
  let digits: number | undefined
  let nationalCells: Partial<Record<NationalKind, Cell>> | undefined
  if (categoricalCells) {
    const given = o.indicator?.categories ?? context.defaults?.categories
    ;({ cells, categories } = categoricalCells({ source, groups, values, given, aggregate: o.aggregate, codeColumn, rowNumber, report, markers }))
    for (const c of cells.values()) if (c.status !== 'ok') report.missing[c.status]++
  } else {
    if (groups.more.size > 0 && !combined) return undefined
    const columnV = checkedColumn(read![0], valueName(o), source, rowNumber)
    const columnP = read![1] && checkedColumn(read![1], perName(o), source, rowNumber)
    const valueDecimal = decide(columnV.vote, columnP?.vote, values, valueName(o), source, rowNumber)
    const perDecimal = columnP && decide(columnP.vote, columnV.vote, columnP.cells, perName(o), source, rowNumber)
    ;({ cells, parts } = quantitativeCells({ source, groups, values: columnV, valueDecimal, per: columnP, perDecimal, perName: perName(o), scale: o.scale, aggregate: o.aggregate, codeColumn, rowNumber, report, markers, combined }))
    // A ratio computed from \`per\` has no written precision: the widgets' default decimals.
    if (!columnP) digits = shownDigits(cells)
    nationalCells = national?.nationalCells(nationalRows, { values: columnV, valueDecimal, per: columnP, perDecimal, scale: o.scale, markers, rowNumber, report })
  }

  finishReport(report, cells, groups, o)
  const indicator = indicatorMeta({
    label: typeof o.value === 'string' ? o.value : undefined,
    digits,
    ...context.defaults,
    ...o.indicator,
    kind: o.kind,
    ...(categories ? { categories } : {}),
  } as Partial<IndicatorMeta>)
  return new IndicatorTable({ level: o.level, indicator, cells, report, parts, ...(nationalCells ? { national: nationalCells } : {}) })
}

/** The column's own separator, else the file's (the other numeric column's), else an error if a value needs one. */
function decide(own: DecimalVote, other: DecimalVote | undefined, cells: readonly unknown[], column: string, source: string, rowNumber: (i: number) => number): Decimal | undefined {
  const decimal = own.decimal ?? other?.decimal
  if (decimal === undefined && own.ambiguous !== undefined) {
    const text = JSON.stringify(cells[own.ambiguous])
    throw new DataError(source, `cannot tell whether ${text} uses "," or "." as decimal separator: no other value of the column shows it`, { row: rowNumber(own.ambiguous), column })
  }
  return decimal
}

// The missing counts are made while building the cells.
function finishReport(report: JoinReport, cells: CellMap, groups: RowGroups, o: CheckedJoinOptions): void {
  report.matched = cells.size
  // Territories of the level without a cell, in the registry's order: the slots no row joined.
  const { codes } = groups.slots
  const first = groups.first
  for (let s = 0; s < codes.length; s++) if (first[s]! < 0) report.absent.push(codes[s]!)
  const translated = Object.keys(report.translated).filter((k) => report.translated[k] !== k).length
  if (o.vintage !== undefined)
    report.warnings.push(`${translated} codes of ${o.vintage} translated, ${report.untranslatable.length} untranslatable, ${Object.keys(report.merged).length} merges (see merged)`)
}

function accessor(spec: string | ((row: Row) => unknown)): (row: Row) => unknown {
  return typeof spec === 'string' ? (row) => row[spec] : spec
}

function describeValues(cells: readonly unknown[], column: string): string {
  const seen = [...new Set(cells.slice(0, 1000).map(cellText))]
  return `values of ${JSON.stringify(column)}: ${seen.slice(0, 8).map((s) => JSON.stringify(s)).join(', ')}${seen.length > 8 ? ', …' : ''}`
}
