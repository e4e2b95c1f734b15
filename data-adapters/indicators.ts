import type { IndicatorTable } from '../src/core/indicator-table.js'
import { invalid, OptionError } from '../src/core/options.js'
import { checkJoinOptions, type CheckedJoinOptions, type JoinOptions } from './options.js'
import type { LoadOptions } from './source.js'

/**
 * What varies from one indicator to the next in a source holding several: the value column (or
 * function), its denominator, scale, row filter, aggregation, kind and metadata. The territory key
 * (`level`, `code`/`name`, `padCodes`, `vintage`) is the source's, shared by all.
 */
export type IndicatorColumns = Pick<JoinOptions, 'value' | 'per' | 'scale' | 'filter' | 'aggregate' | 'kind' | 'indicator'>

/** The join options shared by every indicator; a value given here is each indicator's default. */
export type SharedJoinOptions = Omit<JoinOptions, 'value'> & Partial<Pick<JoinOptions, 'value'>>

/** Several indicators read from one source: one fetch, one decode, one parse, then one join each. */
export interface MultiSource {
  /** Used in every error and in each table's `report.source`. */
  readonly name: string
  /** How many indicators {@link MultiSource.loadAll} returns. */
  readonly count: number
  /**
   * Reads the source once and joins each indicator, in the order given. The tables' reports share
   * the source name, the rows read and the reading warnings (encoding…); matches, missing values and
   * unknown codes are each indicator's own (their filters may keep different rows). Each call loads again.
   */
  loadAll(options?: LoadOptions): Promise<IndicatorTable[]>
}

const PER_INDICATOR = ['value', 'per', 'scale', 'filter', 'aggregate', 'kind', 'indicator'] as const

/**
 * Each indicator's join options: the shared options, overridden by the indicator's. Checked by the
 * same {@link checkJoinOptions}, errors naming the indicator: `invalid indicators[1].per: 3`.
 */
export function checkIndicators(shared: SharedJoinOptions, indicators: unknown): CheckedJoinOptions[] {
  if (!Array.isArray(indicators) || indicators.length === 0) return invalid('indicators', indicators, 'expected a non-empty list of { value, per, scale, filter, indicator… }')
  return indicators.map((ind: unknown, i) => {
    if (typeof ind !== 'object' || ind === null || Array.isArray(ind)) return invalid(`indicators[${i}]`, ind, 'expected an object')
    const extra = Object.keys(ind).find((k) => !(PER_INDICATOR as readonly string[]).includes(k))
    if (extra !== undefined) invalid(`indicators[${i}].${extra}`, (ind as Record<string, unknown>)[extra], `an indicator takes only ${PER_INDICATOR.join(', ')}; the territory key is the source's`)
    try {
      return checkJoinOptions({ ...shared, ...ind })
    } catch (e) {
      // A shared option's error stays unprefixed: it is not the indicator's.
      if (!(e instanceof OptionError) || !(PER_INDICATOR as readonly string[]).includes(e.option.split('.')[0]!)) throw e
      const named = new OptionError(`indicators[${i}].${e.option}`, e.value)
      named.message = e.message.replace(`invalid ${e.option}:`, `invalid indicators[${i}].${e.option}:`)
      throw named
    }
  })
}

/** The columns all the joins read together, or `undefined` (all) as soon as one needs every column. */
export function unionColumns(lists: readonly (readonly string[] | undefined)[]): string[] | undefined {
  if (lists.some((l) => l === undefined)) return undefined
  return [...new Set(lists.flat() as string[])]
}
