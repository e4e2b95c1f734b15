import type { IndicatorTable } from '../../core/indicator-table.js'
import { formatNumber, formatRank } from '../../core/format.js'
import type { Lang } from '../../core/locale.js'
import { rankWithin, type ViewRanks } from '../../core/ranks.js'
import { children } from '../../core/registry/tree.js'
import { territories } from '../../core/registry/store.js'
import { TABLE_TEXTS } from '../../core/text/comparison.js'
import { countLabel } from '../../core/text/rules.js'
import { TEXTS } from '../../core/text/table.js'
import { areaName, type View } from '../../core/view.js'
import type { Level, Status } from '../../core/types.js'
import { sortOrder, type SortState } from '../shared/sort.js'
import type { ExtraColumn, ReferenceKind } from './defaults.js'
import { pooledReference } from './reference.js'

/** The reference row: its name and one value per indicator (`null`: none). */
export interface Reference {
  readonly name: string
  readonly values: readonly (number | null)[]
}

/** One indicator's cell of a row. */
export interface ComparisonCell {
  readonly value: number | null
  readonly status: Status
  /** `12,5 %`, or the missing reason in words — never blank, never 0. */
  readonly text: string
  readonly rank?: number | undefined
  readonly rankText: string
  /** Gap to the reference: points for shares (unit `%`), per cent for amounts. */
  readonly gap?: number | undefined
  readonly gapText: string
  /** Mini bar, in per cent of the column's width: left edge and width (negative values left of the zero line). */
  readonly bar?: { readonly left: number; readonly width: number; readonly negative: boolean } | undefined
  /** A categorical indicator's category (also its `text`), and its place in the indicator's categories, which the column sorts by. */
  readonly category?: string | undefined
  readonly order?: number | undefined
}

export interface ComparisonRow {
  readonly code: string
  readonly name: string
  readonly cells: readonly ComparisonCell[]
}

/** Everything the table shows, computed without the DOM. */
export interface ComparisonModel {
  /** Rows of the view, filtered and sorted as shown. */
  readonly rows: readonly ComparisonRow[]
  /** Rows of the view before filtering. */
  readonly total: number
  readonly reference?: ComparisonRow | undefined
  /** `points` for shares, `%` for amounts, per indicator. */
  readonly gapUnits: readonly ('points' | '%')[]
}

export interface ComputeOptions {
  view: View
  lang: Lang
  columns: readonly ExtraColumn[]
  sort: SortState
  filter?: string | undefined
  /** The reference row: given, or France entière or the view's area (`france`, `parent`) computed by {@link pooledReference}. */
  reference?: Reference | ReferenceKind | undefined
}

/** Lower case without accents: « reunion » finds « La Réunion ». */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

/** The territories of the view at the tables' level: all of France, or those inside the `within` territory. */
export function viewTerritories(view: View): { code: string; name: string }[] {
  const list = view.within ? children(view.within.level, view.within.code, view.level) : territories(view.level)
  return list.map((t) => ({ code: t.code, name: t.name }))
}

/**
 * The pure compute step: {@link comparisonRows}, then {@link arrangeRows} (the name filter and the sort,
 * missing values last in both directions).
 */
export function computeComparison(tables: readonly IndicatorTable[], options: ComputeOptions): ComparisonModel {
  const { all, ...rest } = comparisonRows(tables, options)
  return { ...rest, rows: arrangeRows(all, options), total: all.length }
}

/** The rows of the view and their reference, before the filter and the sort. */
export interface ComparisonRows extends Omit<ComparisonModel, 'rows' | 'total'> {
  readonly all: readonly ComparisonRow[]
}

/**
 * The view's territories, each indicator's value text (missing values by reason), rank within the
 * view, gap to the reference and mini bar. Kept apart from the filter and the sort, so that a click on
 * a sort button of 35,000 communes does not format their cells again.
 */
export function comparisonRows(tables: readonly IndicatorTable[], options: Omit<ComputeOptions, 'sort' | 'filter'>): ComparisonRows {
  // Tables checked by checkTableOptions: at least one, all of one level.
  const level = tables[0]!.level
  const { lang } = options
  const words = TEXTS[lang]
  const view = { ...options.view, level }
  const places = viewTerritories(view)
  const codes = places.map((p) => p.code)
  const ranks: ViewRanks[] = tables.map((t) => rankWithin(t, codes))
  const gapUnits = tables.map((t) => (t.indicator.unit.trim() === '%' ? 'points' : '%') as 'points' | '%')
  const given = options.reference
  // `parent`: the area shown (France entière when the view is all of France).
  const area = given === 'france' ? { level, within: null } : view
  const ref = typeof given === 'string' ? pooledReference(tables, areaName(area, lang), viewTerritories(area).map((p) => p.code), !area.within) : given
  const showGap = options.columns.includes('gap') && ref !== undefined
  const gapOf = (k: number, v: number | null): number | undefined => {
    const r = ref?.values[k]
    if (!showGap || v === null || r === null || r === undefined) return undefined
    return gapUnits[k] === 'points' ? v - r : r === 0 ? undefined : ((v - r) / Math.abs(r)) * 100
  }
  // Bars span each column's range including zero, so a negative value extends left of the zero line.
  const extents = tables.map((t) => {
    let lo = 0
    let hi = 0
    for (const c of codes) {
      const v = t.get(c).value
      if (v !== null && t.get(c).status === 'ok') {
        if (v < lo) lo = v
        if (v > hi) hi = v
      }
    }
    return [lo, hi] as const
  })
  const cellOf = (k: number, value: number | null, status: Status, code: string | undefined, category?: string): ComparisonCell => {
    const t = tables[k]!
    // A category is shown as it is: no rank, gap nor bar for a label.
    if (status === 'ok' && category !== undefined) return { value: null, status, text: category, category, order: t.indicator.categories?.indexOf(category), rankText: '–', gapText: '–' }
    const unit = t.indicator.unit
    const ok = status === 'ok' && value !== null
    const rank = code === undefined ? undefined : ranks[k]!.rank(code)
    const gap = ok && code !== undefined ? gapOf(k, value) : undefined
    const [lo, hi] = extents[k]!
    const span = hi - lo || 1
    return {
      value: ok ? value : null,
      status,
      text: ok ? formatNumber(value, { lang, unit, ...(t.indicator.digits !== undefined ? { digits: t.indicator.digits } : {}) }) : words.statuses[status as Exclude<Status, 'ok'>],
      rank,
      rankText: rank === undefined ? '–' : formatRank(rank, ranks[k]!.count, lang),
      gap,
      gapText: gap === undefined ? '–' : `${gap > 0 ? '+' : gap < 0 ? '−' : ''}${formatNumber(Math.abs(gap), { lang, digits: 1, unit: TABLE_TEXTS[lang].gapUnit[gapUnits[k]!] })}`,
      bar: ok ? { left: ((Math.min(0, value) - lo) / span) * 100, width: (Math.abs(value) / span) * 100, negative: value < 0 } : undefined,
    }
  }
  const all: ComparisonRow[] = places.map((p) => ({
    code: p.code,
    name: p.name,
    cells: tables.map((t, k) => {
      const c = t.get(p.code)
      return cellOf(k, c.value, c.status, p.code, c.category)
    }),
  }))
  const reference = ref
    ? { code: 'reference', name: ref.name, cells: tables.map((_, j) => cellOf(j, ref.values[j] ?? null, ref.values[j] == null ? 'not-available' : 'ok', undefined)) }
    : undefined
  return { all, reference, gapUnits }
}

/** The rows shown: those whose name holds the filter (accents and case aside), in the sort's order. */
export function arrangeRows(all: readonly ComparisonRow[], options: Pick<ComputeOptions, 'lang' | 'sort' | 'filter'>): ComparisonRow[] {
  const query = foldName(options.filter?.trim() ?? '')
  const shown = query ? all.filter((r) => foldName(r.name).includes(query)) : all
  const { key, direction } = options.sort
  const k = key.startsWith('v') ? Number(key.slice(1)) : -1
  const collator = new Intl.Collator(options.lang, { sensitivity: 'base', numeric: true })
  const keys = shown.map((r) => (k >= 0 ? (r.cells[k]?.value ?? r.cells[k]?.order ?? undefined) : r.name))
  return sortOrder(keys, direction, collator).map((i) => shown[i]!)
}

/**
 * The count above the table, announced as the filter changes: the rows' level names them (« 277 communes »,
 * « 1 région »), every table being of one level (checkTableOptions); or that no name matches.
 */
export function rowCount(rows: number, level: Level, lang: Lang): string {
  return rows === 0 ? TABLE_TEXTS[lang].noMatch : countLabel(rows, lang, level)
}
