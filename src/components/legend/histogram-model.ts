import { TEXTS } from '../../core/text/table.js'
import { bisectLeft, bisectRight } from '../../core/scales/bisect.js'
import { formatNumber } from '../../core/format.js'
import type { Lang } from '../../core/locale.js'
import type { NumericClassification } from '../../core/scales/classification.js'

/** A bar of the legend histogram, in SVG user units (y down). */
export interface HistogramBar {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly classIndex: number
  readonly color: string
  readonly count: number
}

export interface HistogramModel {
  readonly width: number
  readonly height: number
  readonly bars: HistogramBar[]
  /** Text alternative: `Répartition des 101 valeurs, de 1,1 à 9,5 %`. */
  readonly label: string
}

/**
 * What the histogram is drawn from, as the legend model hands it over: the model itself is computed
 * in the histogram's own chunk, fetched only when a legend shows a histogram.
 */
export interface HistogramInput {
  readonly classification: NumericClassification
  readonly values: readonly number[]
  readonly colors: readonly string[]
  readonly lang: Lang
  readonly unit: string
  /** Decimals of the values (the indicator's). Default: by magnitude. */
  readonly digits?: number | undefined
}

/** Size and resolution of the histogram: small, beside the legend entries. */
export const histogramDefaults = { width: 160, height: 40, bins: 20 } as const

/**
 * Bars over the values' range: equal bins, also cut at the class breaks so that each bar has one
 * class colour.
 */
export function histogramModel(classification: NumericClassification, values: readonly number[], colors: readonly string[], options: { lang: Lang; unit: string; digits?: number | undefined }): HistogramModel {
  const { width, height, bins } = histogramDefaults
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b)
  const [min, max] = [sorted[0] ?? 0, sorted[sorted.length - 1] ?? 0]
  const f = (v: number) => formatNumber(v, options)
  const label = TEXTS[options.lang].legendText.histogram(sorted.length, f(min), f(max))
  if (sorted.length === 0 || max === min) return { width, height, bars: [], label }
  const edges = [...new Set([...Array.from({ length: bins + 1 }, (_, i) => min + ((max - min) * i) / bins), ...classification.breaks.filter((b) => b > min && b < max)])].sort((a, b) => a - b)
  const counts = edges.slice(1).map((hi, i) => (i === edges.length - 2 ? bisectRight(sorted, hi) : bisectLeft(sorted, hi)) - bisectLeft(sorted, edges[i]!))
  const top = Math.max(...counts)
  const x = (v: number) => ((v - min) / (max - min)) * width
  const bars = counts.map((count, i) => {
    const lo = edges[i]!
    const h = (count / top) * height
    const classIndex = classification.classOf(lo)
    return { x: x(lo), y: height - h, width: x(edges[i + 1]!) - x(lo), height: h, classIndex, color: colors[classIndex] ?? 'currentColor', count }
  })
  return { width, height, bars: bars.filter((b) => b.count > 0), label }
}
