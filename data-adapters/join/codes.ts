import { checkCode, currentCommuneCode, findByName } from '../../src/core/registry/index.js'
import type { JoinReport, Level } from '../../src/core/types.js'

/** A row's territory: the code as the source meant it, and the current code it joins to. */
export interface Resolved {
  /** Registry-shaped code of the source's vintage (padded when allowed), or the matched territory's code for names. */
  readonly sourceCode: string
  /** Current code of the level. */
  readonly code: string
}

export interface ResolverOptions {
  level: Level
  byName: boolean
  padCodes: boolean
  vintage?: number
}

/**
 * Maps a code (or name) cell to a current territory of the level, recording in `report` every code that
 * is unknown, lost its leading zeros, was translated from another vintage or could not be. Returns
 * `undefined` for a row that joins no territory; such rows are listed, never dropped silently. The join
 * asks only for cells that are not exactly a current code (it finds those itself).
 */
export function codeResolver(options: ResolverOptions, report: JoinReport): (cell: unknown) => Resolved | undefined {
  // Each text listed once in each list of the report.
  const seen = new Map<string[], Set<string>>()
  const note = (list: string[], text: string): undefined => {
    let set = seen.get(list)
    if (!set) seen.set(list, (set = new Set()))
    if (!set.has(text)) set.add(text), list.push(text)
  }
  const ambiguousNames = new Set<string>()
  const addUnknown = (text: string): undefined => note(report.unknownCodes, text)
  const addUnpadded = (text: string): void => note(report.unpaddedCodes, text)

  if (options.byName)
    return (cell) => {
      const text = cellText(cell)
      const found = findByName(options.level, text)
      if (found.length === 1) return { sourceCode: found[0]!.code, code: found[0]!.code }
      if (found.length > 1 && !ambiguousNames.has(text)) {
        ambiguousNames.add(text)
        report.warnings.push(`name ${JSON.stringify(text)} matches ${found.length} territories (${found.map((t) => t.code).join(', ')}): join by code`)
      }
      return addUnknown(text)
    }

  const { level, padCodes, vintage } = options
  return (cell) => {
    const text = cellText(cell)
    const check = checkCode(level, typeof cell === 'number' ? cell : text, { pad: padCodes })
    if (check.ok) {
      if (check.padded) addUnpadded(text)
      return { sourceCode: check.code, code: check.code }
    }
    if (check.reason === 'ambiguous') addUnpadded(text)
    if (vintage === undefined || check.reason === 'invalid') return addUnknown(text)
    // Another vintage: a code of a commune that no longer exists is translated to its successor.
    let old = text.toUpperCase()
    if (old.length === 4) {
      addUnpadded(text)
      if (!padCodes) return addUnknown(text)
      old = `0${old}`
    }
    const current = currentCommuneCode(old)
    if (current === undefined) return note(report.untranslatable, old), addUnknown(text)
    report.translated[old] = current
    return { sourceCode: old, code: current }
  }
}

/** A cell as trimmed text: a number as written, nothing for null or undefined. */
export function cellText(cell: unknown): string {
  return typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell)
}
