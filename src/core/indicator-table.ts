import { rankWithin, type ViewRanks } from './ranks.js'
import type { RatioParts } from './ratio-parts.js'
import { zeroMissing, type Cell, type IndicatorMeta, type JoinReport, type Level, type MissingStatus, type NationalKind } from './types.js'

/** What a table reads of its cells by code: any `ReadonlyMap` (the joins' own is leaner, data-adapters/join/groups.ts). */
export type CellMap = Pick<ReadonlyMap<string, Cell>, 'get' | 'keys' | 'entries' | 'values' | 'size'>

const ABSENT: Cell = Object.freeze({ value: null, status: 'not-available', raw: undefined })

/** Fills in the defaults of {@link IndicatorMeta} from a partial description. */
export function indicatorMeta(partial: Partial<IndicatorMeta> & { label?: string }): IndicatorMeta {
  const label = partial.label ?? partial.id ?? 'Indicateur'
  return {
    id: partial.id ?? slug(label),
    label,
    unit: partial.unit ?? '',
    definition: partial.definition ?? '',
    source: partial.source ?? '',
    year: partial.year ?? '',
    kind: partial.kind ?? 'quantitative',
    ...(partial.categories ? { categories: partial.categories } : {}),
    ...(partial.licence ? { licence: partial.licence } : {}),
    ...(partial.modified ? { modified: partial.modified } : {}),
    ...(partial.digits !== undefined ? { digits: partial.digits } : {}),
  }
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * One indicator's values for the territories of one level: what every widget consumes.
 * Immutable once built; ranks and extents are computed on first use.
 */
export class IndicatorTable {
  declare readonly level: Level
  declare readonly indicator: IndicatorMeta
  declare readonly report: JoinReport
  /** For a ratio (`per`): the numerator and denominator of each value, to pool them over an area. */
  declare readonly parts: RatioParts | undefined
  /**
   * The source's own national rows (a code or name such as `FR`, « France », `FXX`, « France
   * métropolitaine »), read like a territory's: what a widget shows as France's value before pooling
   * one. Default: none.
   */
  declare readonly national: Readonly<Partial<Record<NationalKind, Cell>>>
  readonly #cells: CellMap
  #ranks: ViewRanks | undefined

  constructor(init: { level: Level; indicator: IndicatorMeta; cells: CellMap; report: JoinReport; parts?: RatioParts; national?: Partial<Record<NationalKind, Cell>> }) {
    this.level = init.level
    this.indicator = init.indicator
    this.report = init.report
    this.parts = init.parts
    this.national = init.national ?? {}
    this.#cells = init.cells
  }

  /** The cell for `code`; a territory the source did not mention is `not-available` with `raw: undefined`. */
  get(code: string): Cell {
    return this.#cells.get(code) ?? ABSENT
  }

  /** The source's own value for France entière or France métropolitaine (its national row), if it gives one. */
  nationalValue(kind: NationalKind): number | undefined {
    const cell = this.national[kind]
    return cell?.status === 'ok' ? cell.value! : undefined
  }

  /** Whether the source had a row for `code`. */
  has(code: string): boolean {
    return this.#cells.get(code) !== undefined
  }

  /** Codes with a row, in source order. */
  codes(): string[] {
    return [...this.#cells.keys()]
  }

  entries(): [string, Cell][] {
    return [...this.#cells.entries()]
  }

  get size(): number {
    return this.#cells.size
  }

  /** The numbers of the `ok` cells. */
  values(): number[] {
    const out: number[] = []
    for (const c of this.#cells.values()) if (c.status === 'ok' && c.value !== null) out.push(c.value)
    return out
  }

  /** Counts of cells per missing status. */
  missingCounts(): Record<MissingStatus, number> {
    const out = zeroMissing()
    for (const c of this.#cells.values()) if (c.status !== 'ok') out[c.status]++
    return out
  }

  /**
   * Rank of `code` among all the `ok` values of the table, 1 for the highest; ties share the best rank
   * (1, 2, 2, 4). `undefined` when the territory has no value. A widget showing part of the table
   * ranks what it shows with {@link rankWithin}.
   */
  rank(code: string): number | undefined {
    return (this.#ranks ??= rankWithin(this, this.#cells.keys())).rank(code)
  }

  /** How many territories are ranked (have an `ok` value). */
  get rankedCount(): number {
    this.rank('')
    return this.#ranks!.count
  }
}
