import { IndicatorTable, indicatorMeta } from '../../src/core/indicator-table.js'
import { isLoaded, loadTerritories, territories } from '../../src/core/registry/index.js'
import { emptyReport, type Cell, type IndicatorMeta, type JoinReport } from '../../src/core/types.js'
import { DataError } from '../errors.js'
import { checkJoinOptions, type CheckedJoinOptions, type JoinOptions, type Row } from '../options.js'
import { voteDecimal, type DecimalVote } from './cells.js'
import { categoricalCells } from './categorical.js'
import { codeResolver } from './codes.js'
import { addToGroup, type Groups } from './groups.js'
import type { Decimal } from './numbers.js'
import { quantitativeCells } from './quantitative.js'

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
  const o: CheckedJoinOptions = checkJoinOptions(options)
  const { source, signal } = context
  signal?.throwIfAborted()
  const report = emptyReport(source)
  report.warnings.push(...(context.warnings ?? []))
  const rowNumber = context.rowNumber ?? ((i: number): number => i + 1)
  const { rows } = parsed
  report.rowsRead = rows.length
  if (rows.length === 0) report.warnings.push('the source has no data rows: empty table')

  const codeColumn = (o.code ?? o.name)!
  const need = (column: string, option: string): void => {
    if (!parsed.columns.includes(column)) throw new DataError(source, `${option} column ${JSON.stringify(column)} not found (columns: ${parsed.columns.map((c) => JSON.stringify(c)).join(', ')})`)
  }
  need(codeColumn, o.code ? 'code' : 'name')
  if (typeof o.value === 'string') need(o.value, 'value')
  if (typeof o.per === 'string') need(o.per, 'per')
  for (const column of Object.keys(o.filter ?? {})) need(column, 'filter')

  if (!isLoaded(o.level)) await loadTerritories(o.level as 'epci' | 'commune', signal)
  signal?.throwIfAborted()

  const valueOf = accessor(o.value)
  const perOf = o.per === undefined ? undefined : accessor(o.per)
  const filter = Object.entries(o.filter ?? {}).map(([k, v]) => [k, v.trim()] as const)
  const resolve = codeResolver({ level: o.level, byName: o.name !== undefined, padCodes: o.padCodes, ...(o.vintage !== undefined ? { vintage: o.vintage } : {}) }, report)

  // Value and denominator cells of every row (their decimal separator is decided over the whole column).
  const values: unknown[] = new Array(rows.length)
  const pers: unknown[] | undefined = perOf ? new Array(rows.length) : undefined
  const groups: Groups = new Map()
  const sourceCodes: (string | undefined)[] = new Array(rows.length)
  let kept = 0
  for (let i = 0; i < rows.length; i++) {
    if ((i & 8191) === 8191) signal?.throwIfAborted()
    const row = rows[i]!
    values[i] = valueOf(row)
    if (pers) pers[i] = perOf!(row)
    if (filter.length && !filter.every(([k, v]) => cellText(row[k]) === v)) continue
    kept++
    const resolved = resolve(row[codeColumn])
    if (resolved) {
      sourceCodes[i] = resolved.sourceCode
      addToGroup(groups, resolved.code, i)
    }
  }
  if (filter.length && rows.length && kept === 0) report.warnings.push(`filter ${filter.map(([k, v]) => `${k}=${v}`).join('; ')} kept no row (${describeValues(rows, filter[0]![0])})`)
  if (report.unknownCodes.length) report.warnings.push(`${report.unknownCodes.length} ${o.name ? 'names' : 'codes'} are not current territories of level ${o.level}: see unknownCodes`)
  if (report.unpaddedCodes.length)
    report.warnings.push(`${report.unpaddedCodes.length} codes lost their leading zeros${o.padCodes ? ' and were padded' : ': not joined (set padCodes: true to pad them)'}`)

  const valueName = typeof o.value === 'string' ? o.value : 'value()'
  let cells: Map<string, Cell>
  let categories: string[] | undefined
  if (o.kind === 'categorical') {
    const given = o.indicator?.categories ?? context.defaults?.categories
    ;({ cells, categories } = categoricalCells({ source, groups, sourceCodes, values, given, aggregate: o.aggregate, codeColumn, rowNumber, report }))
  } else {
    const perName = typeof o.per === 'string' ? o.per : 'per()'
    const voteV = voteDecimal(values, valueName, source, rowNumber)
    const voteP = pers ? voteDecimal(pers, perName, source, rowNumber) : undefined
    const valueDecimal = decide(voteV, voteP, values, valueName, source, rowNumber)
    const perDecimal = voteP && pers ? decide(voteP, voteV, pers, perName, source, rowNumber) : undefined
    cells = quantitativeCells({ source, groups, sourceCodes, values, valueDecimal, per: pers, perDecimal, perName, scale: o.scale, aggregate: o.aggregate, codeColumn, rowNumber, report })
  }

  finishReport(report, cells, o)
  const indicator = indicatorMeta({
    label: typeof o.value === 'string' ? o.value : undefined,
    ...context.defaults,
    ...o.indicator,
    kind: o.kind,
    ...(categories ? { categories } : {}),
  } as Partial<IndicatorMeta>)
  return new IndicatorTable({ level: o.level, indicator, cells, report })
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

function finishReport(report: JoinReport, cells: ReadonlyMap<string, Cell>, o: CheckedJoinOptions): void {
  report.matched = cells.size
  for (const c of cells.values()) if (c.status !== 'ok') report.missing[c.status]++
  for (const t of territories(o.level)) if (!cells.has(t.code)) report.absent.push(t.code)
  const translated = Object.keys(report.translated).filter((k) => report.translated[k] !== k).length
  if (o.vintage !== undefined) report.warnings.push(`${translated} codes of ${o.vintage} translated to current communes, ${report.untranslatable.length} could not be`)
}

function accessor(spec: string | ((row: Row) => unknown)): (row: Row) => unknown {
  return typeof spec === 'string' ? (row) => row[spec] : spec
}

function cellText(cell: unknown): string {
  return typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell)
}

function describeValues(rows: readonly Row[], column: string): string {
  const seen = [...new Set(rows.slice(0, 1000).map((r) => cellText(r[column])))]
  return `values of ${JSON.stringify(column)}: ${seen.slice(0, 8).map((s) => JSON.stringify(s)).join(', ')}${seen.length > 8 ? ', …' : ''}`
}
