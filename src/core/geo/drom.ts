/** An overseas département (DROM), shown in an inset by {@link geoFrance}. */
export interface Drom {
  /** Département code: `971`, `972`, `973`, `974`, `976`. */
  readonly code: string
  /** Region code (each DROM is also a region): `01`, `02`, `03`, `04`, `06`. */
  readonly region: string
  /** Name as shown on the inset. */
  readonly name: string
  /** `[[west, south], [east, north]]` in degrees: the territory with a margin, used to route points to the inset. */
  readonly bounds: readonly [readonly [number, number], readonly [number, number]]
  /** `[[west, south], [east, north]]` of the territory itself (2018 outline, rounded out): what its inset shows. */
  readonly extent: readonly [readonly [number, number], readonly [number, number]]
}

// Bounds: the 2018 geometry's extent plus ≈ 0.1–0.3°, so that no pair of boxes overlaps.
export const DROMS: readonly Drom[] = [
  { code: '971', region: '01', name: 'Guadeloupe', bounds: [[-62, 15.7], [-60.8, 16.7]], extent: [[-61.82, 15.82], [-60.99, 16.53]] },
  { code: '972', region: '02', name: 'Martinique', bounds: [[-61.4, 14.2], [-60.6, 15.1]], extent: [[-61.24, 14.38], [-60.8, 14.89]] },
  { code: '973', region: '03', name: 'Guyane', bounds: [[-55, 1.8], [-51.3, 6.1]], extent: [[-54.61, 2.1], [-51.61, 5.76]] },
  { code: '974', region: '04', name: 'La Réunion', bounds: [[55, -21.6], [56.1, -20.6]], extent: [[55.21, -21.4], [55.84, -20.86]] },
  { code: '976', region: '06', name: 'Mayotte', bounds: [[44.8, -13.2], [45.5, -12.4]], extent: [[45.01, -13.01], [45.31, -12.63]] },
]

/** The DROM whose box contains `[lon, lat]`, if any. */
export function dromAt(point: readonly [number, number]): Drom | undefined {
  const [x, y] = point
  return DROMS.find(({ bounds: [[x0, y0], [x1, y1]] }) => x >= x0 && x <= x1 && y >= y0 && y <= y1)
}

/** The DROM a région code (`03`) or département code (`973`) designates, if any (`01` is Guadeloupe or Ain). */
export function dromOf(level: 'region' | 'departement', code: string): Drom | undefined {
  return DROMS.find((d) => (level === 'region' ? d.region : d.code) === code)
}
