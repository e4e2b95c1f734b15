import { formatNumber } from '../../core/format.js'
import { LANGS, type Lang } from '../../core/locale.js'
import { boolean, oneOf, string } from '../../core/options.js'
import { classColors } from '../../core/scales/class-colors.js'
import { classLabel } from '../../core/scales/class-label.js'
import type { Classification } from '../../core/scales/classification.js'
import { classColorVars } from '../../core/scales/css-colors.js'
import { MISSING_PATTERNS, patternId, type MissingPattern } from '../../core/scales/missing-patterns.js'
import { LEVELS, MISSING_STATUSES, type Level, type MissingStatus } from '../../core/types.js'
import { countLabel, labelled } from '../../core/text/rules.js'
import { TEXTS } from '../../core/text/table.js'
import type { HistogramInput } from './histogram-model.js'

/** What a legend entry stands for: a class index, or a missing status. */
export type LegendKey = number | MissingStatus

/** Options of the legend (`Legend` props besides the classification). */
export interface LegendOptions {
  /** Language. Default: `'fr'`. */
  lang: Lang
  /** Unit after the numbers. Default: `''`. */
  unit: string
  /** Level of the territories counted (« 12 départements »). Default: none (« 12 territoires »). */
  level?: Level
  /** Heading above the entries, e.g. the indicator's label. Default: `''` (none). */
  title: string
  /** Id of the widget, prefix of the pattern ids (deterministic, unique in the page). Default: `'atlas'`. */
  widgetId: string
  /** Count of territories per missing status; statuses with no territory get no entry. Default: none. */
  missing: Partial<Record<MissingStatus, number>>
  /** Class colours, e.g. `var(--atlas-class-1, #e3e3fd)`. Default: {@link classColors} as CSS variables. */
  colors?: readonly string[]
  /** Show a small histogram of `values` (numeric classifications). Default: `false`. */
  histogram: boolean
  /** The values classified, for the histogram. Default: none. */
  values?: readonly number[]
  /** Decimals of those values in the histogram's text (the indicator's). Default: by magnitude. */
  digits?: number | undefined
}

/** Defaults of {@link LegendOptions}. */
export const legendDefaults: Readonly<LegendOptions> = { lang: 'fr', unit: '', title: '', widgetId: 'atlas', missing: {}, histogram: false }

export interface LegendEntry {
  readonly key: number
  readonly color: string
  /** Range or category: `de 2,1 à moins de 3,4 %`. */
  readonly label: string
  readonly count: number
  /** `12 départements`. */
  readonly countLabel: string
  /** Label and count, for the accessible name (it contains the visible text). */
  readonly accessibleName: string
}

export interface LegendMissingEntry {
  readonly key: MissingStatus
  readonly pattern: MissingPattern
  /** Id of the legend's own `<pattern>` element. */
  readonly patternId: string
  readonly label: string
  readonly count: number
  readonly countLabel: string
  readonly accessibleName: string
}

/** Everything the legend shows, computed once from the classification. */
export interface LegendModel {
  readonly lang: Lang
  readonly title: string
  /** `Quantiles`, `Seuils naturels (Jenks)`…, with the reference for a diverging classification. */
  readonly method: string
  /** Why there are fewer classes than asked, or `''`. */
  readonly note: string
  readonly entries: LegendEntry[]
  readonly missing: LegendMissingEntry[]
  /** Prefix of the pattern ids, passed to the pattern definitions. */
  readonly patternPrefix: string
  /** What the histogram is drawn from, when the legend shows one. */
  readonly histogram?: HistogramInput
}

/** Computes the legend from a classification (pure: no DOM). Throws `invalid <option>` on bad options. */
export function legendModel(classification: Classification, options: Partial<LegendOptions> = {}): LegendModel {
  const lang = oneOf('lang', options.lang, LANGS, legendDefaults.lang)
  const unit = string('unit', options.unit, legendDefaults.unit, true)!
  const level = oneOf('level', options.level, LEVELS)
  const title = string('title', options.title, legendDefaults.title, true)!
  const widgetId = string('widgetId', options.widgetId, legendDefaults.widgetId)!
  const histogram = boolean('histogram', options.histogram, legendDefaults.histogram)!
  const colors = options.colors ?? classColorVars(classColors(classification))
  if (colors.length < classification.classes.length) throw new Error(`invalid colors: ${colors.length} colours for ${classification.classes.length} classes`)

  const t = TEXTS[lang]
  const count = (n: number) => countLabel(n, lang, level)
  const numeric = classification.kind === 'numeric' ? classification : undefined
  const digits = numeric?.digits !== undefined ? { digits: numeric.digits } : {}
  const single = numeric !== undefined && numeric.classes.length === 1 && numeric.breaks.length === 0
  const entries: LegendEntry[] = classification.classes.map((k, i) => {
    const label = numeric ? (single ? classLabel(numeric.domain[0], numeric.domain[0], { lang, unit }) : classLabel(numeric.classes[i]!.lower, numeric.classes[i]!.upper, { lang, unit, ...digits })) : k.label
    return { key: i, color: colors[i]!, label, count: k.count, countLabel: count(k.count), accessibleName: labelled(lang, label, count(k.count)) }
  })
  const patternPrefix = `${widgetId}-legend`
  const missing: LegendMissingEntry[] = MISSING_STATUSES.filter((s) => (options.missing?.[s] ?? 0) > 0).map((s) => {
    const n = options.missing![s]!
    const label = t.statuses[s]
    return { key: s, pattern: MISSING_PATTERNS[s], patternId: patternId(patternPrefix, s), label, count: n, countLabel: count(n), accessibleName: labelled(lang, label, count(n)) }
  })

  let method: string = t.methods[classification.method]
  if (numeric?.reference !== undefined) {
    const ref = formatNumber(numeric.reference, { lang, unit, ...digits })
    method += t.legendText.eitherSide(ref)
  }
  const note =
    numeric?.reduced && numeric.classes.length > 0 ? t.legendText.reduced(numeric.classes.length, numeric.requested) : ''

  return {
    lang,
    title,
    method,
    note,
    entries,
    missing,
    patternPrefix,
    ...(histogram && numeric && options.values ? { histogram: { classification: numeric, values: options.values, colors, lang, unit, digits: options.digits } } : {}),
  }
}
