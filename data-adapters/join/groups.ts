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
