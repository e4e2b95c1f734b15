/** A linear axis from a domain to percent of the plot's width, with round ends and ticks. */
export interface Axis {
  /** Position of a value, in percent of the width (0 at the domain's low end). */
  readonly x: (value: number) => number
  /** Round tick values inside the domain. */
  readonly ticks: readonly number[]
}

const E10 = Math.sqrt(50)
const E5 = Math.sqrt(10)
const E2 = Math.sqrt(2)

/**
 * d3-array's `tickSpec` for `start < stop`, the same arithmetic: the first and last tick as integer
 * multiples of the increment, and the increment (negative: its inverse, for steps below 1, which
 * keeps 0.1 × 3 from being 0.30000000000000004).
 */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count)
  const power = Math.floor(Math.log10(step))
  const error = step / Math.pow(10, power)
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1
  const inverse = power < 0
  const inc = inverse ? Math.pow(10, -power) / factor : Math.pow(10, power) * factor
  const at = (i: number) => (inverse ? i / inc : i * inc)
  let i1 = Math.round(inverse ? start * inc : start / inc)
  let i2 = Math.round(inverse ? stop * inc : stop / inc)
  if (at(i1) < start) ++i1
  if (at(i2) > stop) --i2
  return i2 < i1 && 0.5 <= count && count < 2 ? tickSpec(start, stop, count * 2) : [i1, i2, inverse ? -inc : inc]
}

/**
 * The round axis of the ranking over [lo, hi], about `count` ticks. The arithmetic of d3-scale's
 * `scaleLinear().domain([lo, hi]).range([0, 100]).nice(count)` and `.ticks(count)` (d3-array's `nice`
 * and `ticks` for an increasing domain, which is all the ranking draws; tests/components/ranking/axis.test.ts
 * checks them against d3-scale): the scale itself would bring d3-interpolate, d3-color and d3-format
 * (about 8 KB gzip) into the chart's code for a range of two numbers, and d3-array's single file its
 * bisectors.
 */
export function linearAxis(lo: number, hi: number, count: number): Axis {
  let start = lo
  let stop = hi === lo ? lo + 1 : hi
  // d3-array's `nice`: widen to the increment until it no longer changes.
  for (let previous; ; ) {
    const step = tickSpec(start, stop, count)[2]
    if (step === previous || step === 0 || !isFinite(step)) break
    if (step > 0) {
      start = Math.floor(start / step) * step
      stop = Math.ceil(stop / step) * step
    } else {
      start = Math.ceil(start * step) / step
      stop = Math.floor(stop * step) / step
    }
    previous = step
  }
  const [i1, i2, inc] = tickSpec(start, stop, count)
  const ticks: number[] = []
  for (let i = i1; i <= i2; i++) ticks.push(inc < 0 ? i / -inc : i * inc)
  const width = stop - start
  return { x: (value) => ((value - start) / width) * 100, ticks }
}
