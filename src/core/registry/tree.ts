import { invalid } from '../options.js'
import { LEVELS, type Level, type Territory } from '../types.js'
import { levelData, territory } from './store.js'

/**
 * The territories of `childLevel` inside the territory `level`/`code`: départements of a region,
 * communes of a region, département or EPCI, and EPCI of a region or département — those with at least
 * one member commune there (an EPCI may straddle a border, so it can be listed under two). Empty for an
 * unknown code. Communes and EPCI need `await loadTerritories(...)`.
 */
export function children(level: Level, code: string, childLevel: Level): Territory[] {
  if (!LEVELS.includes(level)) invalid('level', level)
  if (!LEVELS.includes(childLevel) || !contains(level, childLevel)) invalid('childLevel', childLevel, `not a subdivision of ${level}`)
  const parent = territory(level, code)
  if (!parent) return []
  const key = level === 'region' ? 'region' : level === 'departement' ? 'departement' : 'epci'
  if (childLevel !== 'epci') return levelData(childLevel).list.filter((t) => t[key] === code)
  const epcis = new Set<string>()
  for (const c of levelData('commune').list) if (c[key] === code && c.epci) epcis.add(c.epci)
  return levelData('epci').list.filter((t) => epcis.has(t.code))
}

// EPCI are made of communes only; they neither contain nor nest in départements.
function contains(level: Level, child: Level): boolean {
  if (level === 'region') return child !== 'region'
  if (level === 'departement') return child === 'epci' || child === 'commune'
  return level === 'epci' && child === 'commune'
}

/**
 * The region or département a territory lies in: from its `region`/`departement` field. `undefined`
 * for a territory that has none (a region; an EPCI straddling a border) or at its own level.
 */
export function parentOf(t: Territory, level: 'region' | 'departement'): Territory | undefined {
  const code = level === 'region' ? t.region : t.departement
  return code === undefined || t.level === level ? undefined : territory(level, code)
}
