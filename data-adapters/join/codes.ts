import { checkCode, currentCommuneCode, findByName, territory } from '../../src/core/registry/index.js'
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
 * `undefined` for a row that joins no territory; such rows are listed, never dropped silently.
 */
export function codeResolver(options: ResolverOptions, report: JoinReport): (cell: unknown) => Resolved | undefined {
  const unknown = new Set<string>()
  const unpadded = new Set<string>()
  const untranslatable = new Set<string>()
  const ambiguousNames = new Set<string>()
  const addUnknown = (text: string): undefined => {
    if (!unknown.has(text)) {
      unknown.add(text)
      report.unknownCodes.push(text)
    }
    return undefined
  }
  const addUnpadded = (text: string): void => {
    if (!unpadded.has(text)) {
      unpadded.add(text)
      report.unpaddedCodes.push(text)
    }
  }

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
    // Fast path: a cell that is exactly a current code (the common case) needs no checking.
    if (typeof cell === 'string' && territory(level, cell) !== undefined) return { sourceCode: cell, code: cell }
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
    if (current === undefined) {
      if (!untranslatable.has(old)) {
        untranslatable.add(old)
        report.untranslatable.push(old)
      }
      return addUnknown(text)
    }
    report.translated[old] = current
    return { sourceCode: old, code: current }
  }
}

function cellText(cell: unknown): string {
  return typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell)
}
