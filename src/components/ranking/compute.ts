import { formatNumber } from '../../core/format.js'
import type { IndicatorTable } from '../../core/indicator-table.js'
import { nameCollator, type Lang } from '../../core/locale.js'
import { rankWithin } from '../../core/ranks.js'
import { children } from '../../core/registry/tree.js'
import { territories } from '../../core/registry/store.js'
import { classColors } from '../../core/scales/class-colors.js'
import type { NumericClassification } from '../../core/scales/classification.js'
import { classify } from '../../core/scales/classify.js'
import { classColorVars } from '../../core/scales/css-colors.js'
import type { ClassificationProps } from '../shared/tables.js'
import { MISSING_STATUSES, type MissingStatus, type Territory } from '../../core/types.js'
import { labelled, counted } from '../../core/text/rules.js'
import { TEXTS } from '../../core/text/table.js'
import { RANKING_TEXTS } from '../../core/text/ranking.js'
import { areaName, type View } from '../../core/view.js'
import { linearAxis } from './axis.js'
import { defaults } from './defaults.js'
import type { RankingOrder, ReferenceKind } from './spec.js'
import { referenceValues, type RatioParts, type ReferenceOrigin } from './references.js'

/** One bar: a territory with a value. */
export interface RankingBar {
  readonly code: string
  readonly name: string
  readonly value: number
  /** « 2,3 % ». */
  readonly valueText: string
  /** 1 for the highest value of the view; ties share the best rank. */
  readonly rank: number
  /** Whether another territory shares this rank. */
  readonly tied: boolean
  /** « 12ᵉ sur 101 », « 3ᵉ ex æquo sur 101 ». */
  readonly rankText: string
  /** « Finistère : 2,3 %, 12ᵉ sur 101 »: the item's accessible text. */
  readonly text: string
  /** Paint: the class colour (`var(--atlas-class-i, #hex)`) or the one colour. */
  readonly fill: string
  /** Class index, -1 with one colour. */
  readonly classIndex: number
  /** Bar from `x0` to `x1`, in percent of the plot's width (x0 < x1; a negative value ends at zero). */
  readonly x0: number
  readonly x1: number
}

/** What the list shows, in visual order: bars, and gaps standing for hidden bars. */
export type RankingItem = { readonly kind: 'bar'; readonly bar: RankingBar; readonly index: number } | { readonly kind: 'gap'; readonly hidden: number; readonly text: string }

export interface RankingReference {
  readonly kind: ReferenceKind
  readonly value: number
  readonly origin: ReferenceOrigin
  /** Short label on the line: « France entière », « Bretagne », « Médiane ». */
  readonly label: string
  /** « 2,3 % ». */
  readonly valueText: string
  /** What the value is, in words: « France entière : 2,3 % (total des numérateurs rapporté au total des dénominateurs) ». */
  readonly description: string
  readonly x: number
  /**
   * Which end of the label sits on the line: centred, or starting (ending) there near the left (right)
   * edge, where a centred label would spill out of the chart over its neighbours.
   */
  readonly align: 'start' | 'middle' | 'end'
}

/** The missing values of the view, grouped by reason. */
export interface RankingMissing {
  readonly status: MissingStatus
  /** « secret statistique ». */
  readonly label: string
  readonly count: number
  readonly codes: readonly string[]
  readonly names: readonly string[]
}

/** Everything the chart draws and says, computed without touching the DOM. */
export interface RankingModel {
  readonly idPrefix: string
  readonly area: string
  /** Every territory with a value, in the current order. */
  readonly bars: readonly RankingBar[]
  /** What the list shows: all bars, or the head and tail (and the selection) with gaps. */
  readonly items: readonly RankingItem[]
  /** Whether some bars are hidden (« Tout afficher » is offered). */
  readonly truncated: boolean
  /** Territories of the view ranked (with a value). */
  readonly count: number
  readonly missing: readonly RankingMissing[]
  /** « secret statistique : 2 ; non disponible : 3 ». */
  readonly missingText: string
  readonly references: readonly RankingReference[]
  /** Round ticks of the axis, in percent of the plot's width. */
  readonly ticks: readonly { value: number; text: string; x: number }[]
  /** Position of zero in percent of the plot's width. */
  readonly zero: number
  /** Class colours (`#rrggbb`), empty with one colour. */
  readonly colors: readonly string[]
  readonly classification: NumericClassification | undefined
  bar(code: string): RankingBar | undefined
}

export interface RankingComputeOptions extends ClassificationProps {
  view: View
  lang: Lang
  order?: RankingOrder
  limit?: 'auto' | 'all' | number
  /** Show every bar (« Tout afficher » pressed). */
  expanded?: boolean
  selected?: string | null
  references?: readonly ReferenceKind[]
  tables?: ReadonlyMap<string, IndicatorTable>
  parts?: RatioParts | undefined
  france?: number | undefined
  metro?: number | undefined
  color?: string
  id?: string | undefined
}

/** The territories of a view: the level's, or those inside the region or département (registry order). */
export function territoriesOf(view: View): readonly Territory[] {
  return view.within ? children(view.within.level, view.within.code, view.level) : territories(view.level)
}

/** Deterministic, id-safe prefix. */
export function rankingId(table: IndicatorTable, view: View, id?: string): string {
  return (id ?? `atlas-ranking-${table.indicator.id}-${view.level}${view.within ? `-${view.within.code}` : ''}`).replace(/[^A-Za-z0-9_-]/g, '-')
}

/**
 * Which positions of `n` sorted bars are shown: all when `limit` allows, otherwise the head and tail;
 * the selected position is always among them.
 */
export function shownPositions(n: number, limit: 'auto' | 'all' | number, selected: number): number[] {
  const [head, tail] = limit === 'all' ? [n, 0] : limit === 'auto' ? (n <= defaults.autoAll ? [n, 0] : [defaults.head, defaults.tail]) : [limit, 0]
  const shown = new Set<number>()
  for (let i = 0; i < Math.min(head, n); i++) shown.add(i)
  for (let i = Math.max(0, n - tail); i < n; i++) shown.add(i)
  if (selected >= 0) shown.add(selected)
  return [...shown].sort((a, b) => a - b)
}

/**
 * The pure compute step: the territories of the view with a value, ranked among themselves (ties
 * share a rank), sorted, cut to the limit with the selection kept, coloured by the map's
 * classification, placed on a round axis through zero; missing values grouped by reason; references.
 */
export function computeRanking(table: IndicatorTable, options: RankingComputeOptions): RankingModel {
  const { view, lang } = options
  const texts = TEXTS[lang]
  const t = RANKING_TEXTS[lang]
  const order = options.order ?? defaults.order
  const unit = table.indicator.unit
  const format = (v: number) => formatNumber(v, { lang, unit, ...(table.indicator.digits !== undefined ? { digits: table.indicator.digits } : {}) })
  const inView = territoriesOf(view)
  const nameOf = new Map(inView.map((x) => [x.code, x.name]))
  const codes = inView.map((x) => x.code)
  const ranks = rankWithin(table, codes)
  const values = ranks.order.map((c) => table.get(c).value!)

  // Classes over the same territories and values as the map of this view.
  const oneColour = options.color !== undefined && options.color !== 'classes'
  const classification = oneColour || values.length === 0
    ? undefined
    : classify(values, {
        lang,
        unit,
        ...(options.method ? { method: options.method } : {}),
        ...(options.classes !== undefined ? { classes: options.classes } : {}),
        ...(options.breaks ? { breaks: options.breaks } : {}),
        ...(options.reference !== undefined ? { reference: options.reference } : {}),
      })
  const colors = classification ? classColors(classification, options.palette) : []
  const vars = classColorVars(colors)

  const references = referenceValues({
    view,
    table,
    tables: options.tables ?? new Map(),
    shown: codes,
    values,
    parts: options.parts,
    france: options.france ?? table.nationalValue('france'),
    metro: options.metro ?? table.nationalValue('metro'),
    kinds: options.references ?? defaults.references,
  })

  const lo = Math.min(0, ...values, ...references.map((r) => r.value))
  const hi = Math.max(0, ...values, ...references.map((r) => r.value))
  const axis = linearAxis(lo, hi, defaults.ticks)
  const x = axis.x
  const zero = x(0)

  const sizes = new Map<number, number>()
  for (const c of ranks.order) sizes.set(ranks.rank(c)!, (sizes.get(ranks.rank(c)!) ?? 0) + 1)
  const bars: RankingBar[] = ranks.order.map((code) => {
    const value = table.get(code).value!
    const rank = ranks.rank(code)!
    const tied = sizes.get(rank)! > 1
    const classIndex = classification ? classification.classOf(value) : -1
    const name = nameOf.get(code) ?? code
    const valueText = format(value)
    const rankText = tied ? t.tied(rank, ranks.count) : texts.rank(rank, ranks.count)
    const end = x(value)
    return {
      code,
      name,
      value,
      valueText,
      rank,
      tied,
      rankText,
      text: labelled(lang, name, `${valueText}, ${rankText}`),
      fill: classIndex >= 0 ? vars[classIndex]! : oneColour ? options.color! : 'var(--atlas-bar, #000091)',
      classIndex,
      x0: Math.min(zero, end),
      x1: Math.max(zero, end),
    }
  })
  if (order === 'asc') bars.reverse()
  else if (order === 'name') {
    const collator = nameCollator(lang)
    bars.sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code))
  }
  // Ascending keeps ties in the order of the descending list reversed: stable both ways.

  const selectedAt = options.selected ? bars.findIndex((b) => b.code === options.selected) : -1
  const positions = shownPositions(bars.length, options.expanded ? 'all' : (options.limit ?? defaults.limit), selectedAt)
  const items: RankingItem[] = []
  positions.forEach((p, i) => {
    const before = i === 0 ? p : p - positions[i - 1]! - 1
    if (before > 0) items.push({ kind: 'gap', hidden: before, text: counted(lang, before, t.notShown) })
    items.push({ kind: 'bar', bar: bars[p]!, index: p })
  })
  const after = bars.length - 1 - (positions.at(-1) ?? -1)
  if (after > 0 && positions.length > 0) items.push({ kind: 'gap', hidden: after, text: counted(lang, after, t.notShown) })

  const missing: RankingMissing[] = MISSING_STATUSES.flatMap((status) => {
    // An ok cell without a number (a category) is not a value to rank either: it reads as invalid.
    const of = codes.filter((c) => {
      const cell = table.get(c)
      return cell.status === status || (status === 'invalid' && cell.status === 'ok' && cell.value === null)
    })
    return of.length ? [{ status, label: texts.statuses[status], count: of.length, codes: of, names: of.map((c) => nameOf.get(c) ?? c) }] : []
  })

  const byCode = new Map(bars.map((b) => [b.code, b]))
  return {
    idPrefix: rankingId(table, view, options.id),
    area: areaName(view, lang),
    bars,
    items,
    truncated: positions.length < bars.length,
    count: ranks.count,
    missing,
    missingText: missing.map((m) => labelled(lang, m.label, formatNumber(m.count, { lang, digits: 0 }))).join(t.listSeparator),
    references: references.map((r) => {
      const label = r.kind === 'france' ? texts.wholeFrance : r.kind === 'metro' ? t.metro : r.kind === 'parent' ? r.name! : t.median
      const valueText = format(r.value)
      const how = r.origin === 'median' ? t.origins.median(formatNumber(ranks.count, { lang, digits: 0 })) : t.origins[r.origin]
      const rx = x(r.value)
      return { kind: r.kind, value: r.value, origin: r.origin, label, valueText, description: labelled(lang, label, `${valueText} (${how})`), x: rx, align: rx < 25 ? 'start' : rx > 75 ? 'end' : 'middle' }
    }),
    ticks: axis.ticks.map((v) => ({ value: v, text: formatNumber(v, { lang, digits: tickDigits(axis.ticks) }), x: x(v) })),
    zero,
    colors,
    classification,
    bar: (code) => byCode.get(code),
  }
}

/** Decimals that tell the ticks apart: as many as the step needs. */
function tickDigits(ticks: readonly number[]): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1
  return step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9))
}
