import type { Feature, MultiPolygon, Polygon } from 'geojson'

/** Levels that have shipped geometry. */
export type GeoLevel = 'region' | 'departement' | 'commune'

export const GEO_LEVELS: readonly GeoLevel[] = ['region', 'departement', 'commune']

/** Restricts a level to one region or département. Absent: all France, overseas insets included. */
export interface GeoWithin {
  readonly level: 'region' | 'departement'
  /** INSEE code, e.g. `84`, `2A`, `974`. */
  readonly code: string
}

/** Properties of the shipped features. */
export interface GeoProperties {
  /** Name: in the 2018 COG for regions and départements (unchanged since), the current one for communes. */
  nom: string
  /** Region code, on départements. */
  region?: string
}

/**
 * A territory's outline; `id` is its INSEE code, the current one for communes (the outline of a commune
 * merged since 2018 is the union of its 2018 communes').
 */
export type GeoFeature = Feature<Polygon | MultiPolygon, GeoProperties> & { id: string }

/** The features of a level, as {@link loadGeometry} returns them. */
export interface LevelGeometry {
  readonly level: GeoLevel
  readonly within?: GeoWithin
  /** In code order. */
  readonly features: GeoFeature[]
  /** Codes of the territories that share a border with each territory (same level, same extent). */
  readonly neighbors: Readonly<Record<string, readonly string[]>>
}
