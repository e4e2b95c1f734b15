import type { Level, Territory } from '../types.js'
import { levelData } from './store.js'

// « Saint » and « Sainte » are abbreviated « St », « Ste » in many tables.
const ABBREVIATIONS: Record<string, string> = { saint: 'st', sainte: 'ste' }

/**
 * A comparison key for territory names: ignores accents, case, ligatures (œ, æ), hyphens, apostrophes
 * and spaces, and equates « Saint »/« St » and « Sainte »/« Ste ». `"Côtes-d'Armor"` and
 * `"cotes d armor"` give the same key.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => ABBREVIATIONS[word] ?? word)
    // Words stay apart: « St Enay » must not become « Stenay ».
    .join(' ')
}

const indexes = new WeakMap<readonly Territory[], Map<string, Territory[]>>()

function nameIndex(list: readonly Territory[]): Map<string, Territory[]> {
  let index = indexes.get(list)
  if (!index) {
    index = new Map()
    for (const t of list) {
      const key = normalizeName(t.name)
      const same = index.get(key)
      if (same) same.push(t)
      else index.set(key, [t])
    }
    indexes.set(list, index)
  }
  return index
}

/**
 * The territories of `level` whose name matches `name` (see {@link normalizeName}): none if unknown,
 * several if ambiguous (many communes share a name: join those by code). Communes and EPCI need
 * `await loadTerritories(level)` first.
 */
export function findByName(level: Level, name: string): Territory[] {
  return [...(nameIndex(levelData(level).list).get(normalizeName(name)) ?? [])]
}
