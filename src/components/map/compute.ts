import type { IndicatorTable } from '../../core/indicator-table.js'
import { rankWithin, type ViewRanks } from '../../core/ranks.js'
import { nameCollator, type Lang } from '../../core/locale.js'
import { classColors } from '../../core/scales/class-colors.js'
import type { Classification } from '../../core/scales/classification.js'
import { classify } from '../../core/scales/classify.js'
import { classifyCategories } from '../../core/scales/classify-categories.js'
import { classColorVars } from '../../core/scales/css-colors.js'
import { MISSING_PATTERNS, patternId, type MissingPattern } from '../../core/scales/missing-patterns.js'
import type { ClassificationProps } from '../shared/tables.js'
import { MISSING_STATUSES, zeroMissing, type MissingStatus } from '../../core/types.js'
import { summaryText } from './summary.js'
import type { TooltipInfo, ViewGeometry } from './types.js'
import { areaName, inArea, type View } from '../../core/view.js'
import { formatRank } from '../../core/format.js'
import { valueText } from '../../core/text/value-text.js'

/** What the compute step needs besides the table and the geometry. */
export interface ComputeOptions extends ClassificationProps {
  view: View
  lang: Lang
  /** Element id prefix; default derived from the indicator and level. */
  id?: string | undefined
}

/** Everything the map draws and says, computed without touching the DOM. */
export interface MapModel {
  readonly idPrefix: string
  readonly classification: Classification
  /** Class colours, `#rrggbb`, lowest class first. */
  readonly colors: string[]
  /** Paint of each drawn territory: `var(--atlas-class-i, #hex)` or the `url(#…)` of its missing pattern. */
  readonly fills: ReadonlyMap<string, string>
  /** Class index of each drawn territory, -1 without value. */
  readonly classIndex: ReadonlyMap<string, number>
  /** Patterns of the missing statuses present among the drawn territories. */
  readonly patterns: MissingPattern[]
  /** Drawn territories per missing status. */
  readonly missing: Record<MissingStatus, number>
  /** The values classified (drawn territories with a numeric value), for the legend's histogram. */
  readonly values: number[]
  /** Drawn territories by name (French collation): type-ahead, Home/End by name, the data table. */
  readonly byName: { code: string; name: string }[]
  /** Drawn territories with a value, highest first (ties by name). */
  readonly byRank: string[]
  /** Table codes in the view that match no shape (e.g. communes unknown to the 2018 geometry). */
  readonly unmatched: string[]
  /** « France entière », « Bretagne »… */
  readonly area: string
  readonly summary: string
  info(code: string): TooltipInfo | undefined
  /**
   * Drawn territories of a legend entry: a class index, or a missing status. The same set is
   * returned for the same key, so renderers that memoise on it do not redraw on every render.
   */
  codesOf(key: number | MissingStatus): ReadonlySet<string>
}

/** Deterministic, id-safe prefix: the same map always gets the same ids, two maps rarely clash. */
export function mapId(table: IndicatorTable, view: View, id?: string): string {
  const raw = id ?? `atlas-map-${table.indicator.id}-${view.level}${view.within ? `-${view.within.code}` : ''}`
  return raw.replace(/[^A-Za-z0-9_-]/g, '-')
}

/**
 * The pure compute step: classes over the territories drawn (so the legend counts what the map
 * shows; pass `breaks` to share classes between maps), their fills, missing patterns, orders for the
 * keyboard, tooltip information and the summary.
 */
export function computeMap(table: IndicatorTable, geometry: ViewGeometry, options: ComputeOptions): MapModel {
  const { view, lang } = options
  const idPrefix = mapId(table, view, options.id)
  const shapes = geometry.shapes
  const categorical = table.indicator.kind === 'categorical'
  // The values classified, drawn territories in order (no array per territory: 35,000 communes).
  const values: number[] = []
  for (const s of shapes) {
    const c = table.get(s.code)
    if (c.status === 'ok' && c.value !== null) values.push(c.value)
  }
  const classification: Classification = categorical
    ? classifyCategories(
        shapes.map((s) => {
          const c = table.get(s.code)
          return c.status === 'ok' ? c.category : undefined
        }),
        table.indicator.categories ? { categories: table.indicator.categories } : {},
      )
    : classify(
        values,
        // Method, classes, breaks and reference as given (checked at the map's entry; absent: the defaults).
        { ...options, unit: table.indicator.unit },
      )
  const colors = classColors(classification, options.palette)
  const vars = classColorVars(colors)
  const fills = new Map<string, string>()
  const classIndex = new Map<string, number>()
  const statusOf = new Map<string, MissingStatus>()
  const missing = zeroMissing()
  for (const s of shapes) {
    const c = table.get(s.code)
    const i = c.status !== 'ok' ? -1 : classification.kind === 'categorical' ? classification.classOf(c.category) : classification.classOf(c.value)
    classIndex.set(s.code, i)
    if (i >= 0) fills.set(s.code, vars[i]!)
    else {
      // An `ok` cell outside every class (a category the classification dropped) reads as invalid.
      const status: MissingStatus = c.status === 'ok' ? 'invalid' : c.status
      missing[status]++
      statusOf.set(s.code, status)
      fills.set(s.code, `url(#${patternId(idPrefix, status)})`)
    }
  }
  const patterns = MISSING_STATUSES.filter((s) => missing[s] > 0).map((s) => MISSING_PATTERNS[s])
  // The orders by name and by rank serve the keyboard, the tooltip and the table: made on first use, not
  // before the first paint.
  let sorted: { code: string; name: string }[] | undefined
  const byName = () => {
    const collator = nameCollator(lang)
    return (sorted ??= [...shapes].sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code)))
  }
  const nameOf = new Map(shapes.map((s) => [s.code, s.name]))
  // Ranked among the territories drawn, not the whole table: « 4ᵉ sur 6 » counts what the view shows.
  let ranked: ViewRanks | undefined
  const ranks = () => (ranked ??= rankWithin(table, byName().map((n) => n.code)))
  const area = areaName(view, lang)
  const classCount = classification.classes.length
  const entryCodes = new Map<number | MissingStatus, ReadonlySet<string>>()

  return {
    idPrefix,
    classification,
    colors,
    fills,
    classIndex,
    patterns,
    missing,
    values,
    get byName() {
      return byName()
    },
    get byRank() {
      return ranks().order
    },
    unmatched: unmatchedCodes(table, view, nameOf),
    area,
    summary: summaryText(table, shapes, area, lang),
    info(code) {
      const name = nameOf.get(code)
      if (name === undefined) return undefined
      const i = classIndex.get(code)!
      const cell = table.get(code)
      const { rank, count } = ranks()
      const at = rank(code)
      return {
        code,
        name,
        level: view.level,
        cell,
        valueText: valueText(cell, table.indicator, lang),
        rank: at,
        rankedCount: count,
        rankText: at === undefined ? '' : formatRank(at, count, lang),
        classIndex: i >= 0 ? i : undefined,
        classCount,
        classLabel: i >= 0 ? classification.classes[i]!.label : '',
        lang,
      }
    },
    codesOf(key) {
      let codes = entryCodes.get(key)
      if (!codes) {
        codes = new Set(shapes.filter((s) => (typeof key === 'number' ? classIndex.get(s.code) === key : statusOf.get(s.code) === key)).map((s) => s.code))
        entryCodes.set(key, codes)
      }
      return codes
    },
  }
}

/** Codes of the table inside the view's extent that no shape carries. */
function unmatchedCodes(table: IndicatorTable, view: View, drawn: { has(code: string): boolean }): string[] {
  return table.codes().filter((code) => !drawn.has(code) && inArea(view, code))
}
