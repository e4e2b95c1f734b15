import { nice, ticks } from 'd3-array'

/** A linear axis from a domain to percent of the plot's width, with round ends and ticks. */
export interface Axis {
  /** Position of a value, in percent of the width (0 at the domain's low end). */
  readonly x: (value: number) => number
  /** Round tick values inside the domain. */
  readonly ticks: readonly number[]
}

/**
 * The round axis of the ranking over [lo, hi], about `count` ticks. The arithmetic of d3-scale's
 * `scaleLinear().domain([lo, hi]).range([0, 100]).nice(count)` and `.ticks(count)`, from d3-array's
 * `nice` and `ticks` that it calls: the scale itself would bring d3-interpolate, d3-color and
 * d3-format (about 8 KB gzip) into the chart's code for a range of two numbers.
 */
export function linearAxis(lo: number, hi: number, count: number): Axis {
  const [start, stop] = nice(lo, hi === lo ? lo + 1 : hi, count)
  const width = stop - start
  return { x: (value) => ((value - start) / width) * 100, ticks: ticks(start, stop, count) }
}
