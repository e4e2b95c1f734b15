// The explorer's state and its address: `?indicateur=<id>&echelon=<level>&zone=<region:53|departement:29>&territoire=<code>`.
// Every view has a link; a state read from an address is made consistent first (normalise), so the
// page's controls and the widgets always show the same thing.
import { territory, type View } from 'atlas-culture'
import { INDICATORS, indicatorById, levelsOf, type Indicator, type SiteLevel } from './catalogue.js'

export interface ExplorerState {
  readonly indicator: Indicator
  readonly level: SiteLevel
  /** The area: `null` for France entière. */
  readonly zone: View['within']
  /** The selected territory (of `level`), or `null`. */
  readonly selected: string | null
}

export const DEFAULT_INDICATOR = INDICATORS[0]!

/** Areas a level can be shown within: none for regions, regions for départements, both for communes. */
export function zoneLevels(level: SiteLevel): ('region' | 'departement')[] {
  return level === 'region' ? [] : level === 'departement' ? ['region'] : ['region', 'departement']
}

/** The state made consistent: a level the indicator has, an area that exists and is coarser than the level. */
export function normalise(s: { indicator?: Indicator | undefined; level?: string | null; zone?: View['within']; selected?: string | null }): ExplorerState {
  const indicator = s.indicator ?? DEFAULT_INDICATOR
  const levels = levelsOf(indicator)
  const level = levels.find((l) => l === s.level) ?? levels.find((l) => l === 'departement') ?? levels[0]!
  const zone = s.zone && zoneLevels(level).includes(s.zone.level) && territory(s.zone.level, s.zone.code) ? s.zone : null
  const selected = s.selected && /^[0-9AB]{2,5}$|^\d{9}$/.test(s.selected) ? s.selected : null
  return { indicator, level, zone, selected }
}

export function parseZone(value: string | null): View['within'] {
  const m = value ? /^(region|departement):([0-9AB]{2,3})$/.exec(value) : null
  return m ? { level: m[1] as 'region' | 'departement', code: m[2]! } : null
}

export const zoneKey = (zone: View['within']) => (zone ? `${zone.level}:${zone.code}` : '')

export function fromSearch(search: string): ExplorerState {
  const q = new URLSearchParams(search)
  return normalise({ indicator: indicatorById(q.get('indicateur')), level: q.get('echelon'), zone: parseZone(q.get('zone')), selected: q.get('territoire') })
}

export function toSearch(s: ExplorerState): string {
  const q = new URLSearchParams({ indicateur: s.indicator.id, echelon: s.level })
  if (s.zone) q.set('zone', zoneKey(s.zone))
  if (s.selected) q.set('territoire', s.selected)
  return `?${q.toString()}`
}

/** A key of what the widgets show (the selection aside): indicator, level, area. */
export const viewOf = (s: ExplorerState) => `${s.indicator.id}|${s.level}|${zoneKey(s.zone)}`
