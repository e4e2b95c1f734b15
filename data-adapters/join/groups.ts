/**
 * Rows by the current territory they join: a row index, or the indices of several rows (duplicates of
 * one source code, or communes merged since the source's vintage). A single number per territory keeps
 * the common case (one row per territory, ~35,000 communes) free of per-territory allocations.
 */
export type Groups = Map<string, number | number[]>

export function addToGroup(groups: Groups, code: string, index: number): void {
  const rows = groups.get(code)
  if (rows === undefined) groups.set(code, index)
  else if (typeof rows === 'number') groups.set(code, [rows, index])
  else rows.push(index)
}

/** The rows of one territory split by the code the source gave them, in order of appearance. */
export function bySourceCode(rows: number | readonly number[], sourceCodes: readonly (string | undefined)[]): Map<string, number[]> {
  const out = new Map<string, number[]>()
  for (const i of typeof rows === 'number' ? [rows] : rows) {
    const s = sourceCodes[i]!
    const list = out.get(s)
    if (list) list.push(i)
    else out.set(s, [i])
  }
  return out
}

/** The territories of a level as slots: position in the registry's list, and the index by code. */
export interface Slots {
  readonly codes: readonly string[]
  readonly index: ReadonlyMap<string, number>
  /**
   * When every code has the shape of a commune code (`29019`, `2A004`): slot + 1 by {@link codeKey},
   * 0 for none. Finding a cell's slot then reads its 5 characters instead of hashing a new string.
   */
  readonly dense: Int32Array | undefined
}

const slotCache = new WeakMap<readonly { code: string }[], Slots>()

/** Slots of a registry list, built once per list (the list object changes when a level is reloaded). */
export function slotsOf(list: readonly { code: string }[]): Slots {
  let slots = slotCache.get(list)
  if (!slots) {
    const codes = list.map((t) => t.code)
    const index = new Map<string, number>()
    for (let s = 0; s < codes.length; s++) index.set(codes[s]!, s)
    let dense: Int32Array | undefined = codes.length > 1000 ? new Int32Array(102_000) : undefined
    for (let s = 0; dense && s < codes.length; s++) {
      const key = codeKey(codes[s]!)
      if (key < 0) dense = undefined
      else dense[key] = s + 1
    }
    slots = { codes, index, dense }
    slotCache.set(list, slots)
  }
  return slots
}

/**
 * A number for a text shaped like a commune code — 2 digits, `2A` or `2B`, then 3 digits — that no
 * other text shares (0 … 101,999); -1 for any other text.
 */
export function codeKey(text: string): number {
  if (text.length !== 5) return -1
  const c0 = text.charCodeAt(0) - 48
  const c1 = text.charCodeAt(1)
  let d: number
  if (c0 >= 0 && c0 <= 9 && c1 >= 48 && c1 <= 57) d = c0 * 10 + c1 - 48
  else if (c0 === 2 && (c1 === 65 || c1 === 66)) d = c1 + 35 // 2A → 100, 2B → 101
  else return -1
  const c2 = text.charCodeAt(2) - 48
  const c3 = text.charCodeAt(3) - 48
  const c4 = text.charCodeAt(4) - 48
  if (c2 < 0 || c2 > 9 || c3 < 0 || c3 > 9 || c4 < 0 || c4 > 9) return -1
  return d * 1000 + c2 * 100 + c3 * 10 + c4
}

/** The slot of a text that is exactly one of the codes, else `undefined` (no trimming, no case folding). */
export function exactSlot(slots: Slots, text: string): number | undefined {
  if (slots.dense === undefined) return slots.index.get(text)
  const key = codeKey(text)
  // Every code has the shape: a text without it is none of them.
  return key < 0 || slots.dense[key] === 0 ? undefined : slots.dense[key]! - 1
}

/**
 * Rows by the territory they join, without a map or an array per territory in the common case: the
 * first row of each slot, the slots in order of first appearance, and the rows of the few slots that
 * have several (duplicates, communes merged since the source's vintage). A code outside the registry's
 * list gets a slot after it.
 */
export class RowGroups {
  readonly slots: Slots
  /** First row of each slot, -1 when no row joins it. */
  first: Int32Array
  /** Slots that have rows, in order of their first row: `order[0 … size - 1]`. */
  order: Int32Array
  /** How many slots have rows. */
  size = 0
  /** All rows of the slots that have more than one, in order. */
  readonly more = new Map<number, number[]>()
  readonly #extra: string[] = []
  readonly #extraIndex = new Map<string, number>()
  /** Source code of a row when it is not its slot's code (padded, translated or named rows). */
  readonly #source = new Map<number, string>()

  constructor(slots: Slots) {
    this.slots = slots
    this.first = new Int32Array(slots.codes.length).fill(-1)
    this.order = new Int32Array(slots.codes.length)
  }

  /** The slot of a current code (one past the registry's list for a code it does not have). */
  slotOf(code: string): number {
    const s = this.find(code)
    if (s !== undefined) return s
    const e = this.slots.codes.length + this.#extra.length
    this.#extra.push(code)
    this.#extraIndex.set(code, e)
    const first = new Int32Array(e + 1).fill(-1)
    first.set(this.first)
    this.first = first
    const order = new Int32Array(e + 1)
    order.set(this.order)
    this.order = order
    return e
  }

  /** The slot of a code, if it has one. */
  find(code: string): number | undefined {
    return this.slots.index.get(code) ?? this.#extraIndex.get(code)
  }

  codeOf(slot: number): string {
    const n = this.slots.codes.length
    return slot < n ? this.slots.codes[slot]! : this.#extra[slot - n]!
  }

  /** Adds row `row` to `slot`; `sourceCode` when the source named it otherwise than the slot's code. */
  add(slot: number, row: number, sourceCode?: string): void {
    if (sourceCode !== undefined && sourceCode !== this.codeOf(slot)) this.#source.set(row, sourceCode)
    const f = this.first[slot]!
    if (f < 0) {
      this.first[slot] = row
      this.order[this.size++] = slot
      return
    }
    const rows = this.more.get(slot)
    if (rows) rows.push(row)
    else this.more.set(slot, [f, row])
  }

  /** The rows of a slot with several, split by the code the source gave them, in order of appearance. */
  bySourceCode(slot: number): Map<string, number[]> {
    const code = this.codeOf(slot)
    const out = new Map<string, number[]>()
    for (const i of this.more.get(slot) ?? [this.first[slot]!]) {
      const s = this.#source.get(i) ?? code
      const list = out.get(s)
      if (list) list.push(i)
      else out.set(s, [i])
    }
    return out
  }

  /** The source code of the single row of a slot. */
  sourceCodeOf(slot: number): string {
    return this.#source.get(this.first[slot]!) ?? this.codeOf(slot)
  }
}

/**
 * The cells of a join by code, read as a map (what an IndicatorTable reads of one): stored by slot (no
 * map of 35,000 entries to build), looked up through the registry's index, iterated in source order
 * (the order of the first rows). Not a whole `ReadonlyMap`: nothing reads its `has`, `forEach` or
 * iterator, which every script-tag page would carry.
 */
export class SlotMap<V> {
  readonly #groups: RowGroups
  readonly #values: (V | undefined)[]

  /** `values[slot]` for each slot in `groups.order`. */
  constructor(groups: RowGroups, values: (V | undefined)[]) {
    this.#groups = groups
    this.#values = values
  }

  get size(): number {
    return this.#groups.size
  }

  get(code: string): V | undefined {
    const slot = this.#groups.find(code)
    return slot === undefined ? undefined : this.#values[slot]
  }

  entries(): MapIterator<[string, V]> {
    return this.#list((code, value) => [code, value] as [string, V]).values()
  }

  keys(): MapIterator<string> {
    return this.#list((code) => code).values()
  }

  values(): MapIterator<V> {
    return this.#list((_, value) => value).values()
  }

  #list<T>(item: (code: string, value: V) => T): T[] {
    const { order, size } = this.#groups
    const list: T[] = new Array(size)
    for (let k = 0; k < size; k++) list[k] = item(this.#groups.codeOf(order[k]!), this.#values[order[k]!]!)
    return list
  }
}
