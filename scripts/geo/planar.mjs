// Pre-projection of a shipped topology for the map (issue #10): each arc is projected once, here, by
// the sub-projection of its zone at unit scale (src/core/geo/raw.ts: the mainland's conic conformal,
// each overseas département's Mercator), then quantized on a planar grid. At run time the map only
// scales and translates (src/core/geo/planar.ts): no trigonometry, and no projection code in its part.
//
// Zones share one plane: zone i (0 the mainland, i the inset of DROMS[i - 1]) is shifted by i along x,
// which is far more than any zone's unit extent (the mainland spans about 0.2), so a point's zone is
// Math.round(x). The file also carries what geoFrance's layouts need (src/core/geo/raw.ts `rawFrance`):
// per layout, the mainland's clip box and each inset's frame, scale and translate, all at unit scale.
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = fileURLToPath(new URL('../../', import.meta.url))
const load = async (path) => (await runnerImport(`${root}${path}`, { configFile: false, root, logLevel: 'error' })).module
const { DROMS, dromAt } = await load('src/core/geo/drom.ts')
const { INSET_LAYOUTS, rawDrom, rawFrance, rawMainland } = await load('src/core/geo/raw.ts')

/** Where the quantized grid starts: below every zone's x and every y (unit coordinates). */
const ORIGIN = [-0.5, -0.5]

const projections = [rawMainland(), ...DROMS.map((d) => rawDrom(d))]

/** The layouts' numbers, rounded to 1e-12: the same at run time as rawFrance's up to that rounding. */
function insetLayouts() {
  const r = (v) => Math.round(v * 1e12) / 1e12
  const box = (b) => b.map((p) => p.map(r))
  return Object.fromEntries(
    INSET_LAYOUTS.map((kind) => {
      const f = rawFrance(kind)
      return [kind, { clip: box(f.clip), insets: f.insets.map((i) => ({ frame: box(i.frame), scale: r(i.scale), translate: i.translate.map(r) })) }]
    }),
  )
}

/** Signed area ×2 of a ring of arcs (screen axes, y down): positive for a ring wound as d3 draws an exterior. */
function ringArea(ring, points) {
  let s = 0
  let origin
  let previous
  for (const i of ring) {
    const arc = i < 0 ? points[~i].slice().reverse() : points[i]
    for (const [x, y] of arc) {
      // Relative to the ring's first point: exact integer products, far from 2^53 on every grid.
      origin ??= [x, y]
      const p = [x - origin[0], y - origin[1]]
      if (previous) s += previous[0] * p[1] - p[0] * previous[1]
      previous = p
    }
  }
  return s
}

/**
 * A geometry wound against d3's convention (its rings' signed area negative on the plane) with every
 * ring reversed: the arcs backwards in reverse order, which draws from the same first point. Done here,
 * once, so the map never tests nor reverses a ring; a geometry of zero area is left as it is.
 */
function oriented(g, points) {
  const rings = g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : []
  if (rings.reduce((sum, ring) => sum + ringArea(ring, points), 0) >= 0) return g
  const reverse = (ring) => ring.map((i) => ~i).reverse()
  return { ...g, arcs: g.type === 'Polygon' ? g.arcs.map(reverse) : g.arcs.map((polygon) => polygon.map(reverse)) }
}

/**
 * The topology `topo` (quantized, `[lon, lat]`) projected and quantized on a planar grid of `step` unit
 * lengths, its geometries with their ids only. `layouts`: whether the file is drawn as all France (the
 * insets' numbers); a file only ever drawn within a région or département goes without. Consecutive points that fall on one grid point are kept once (an arc keeps at least two).
 */
export function planar(topo, step, layouts = true) {
  const [kx, ky] = topo.transform.scale
  const [dx, dy] = topo.transform.translate
  const points = topo.arcs.map((arc) => {
    let x = 0
    let y = 0
    const lonlat = arc.map(([ax, ay]) => [(x += ax) * kx + dx, (y += ay) * ky + dy])
    const drom = dromAt(lonlat[0])
    const zone = drom ? DROMS.indexOf(drom) + 1 : 0
    const project = projections[zone]
    const grid = lonlat.map((p) => {
      const [px, py] = project(p)
      return [Math.round((px + zone - ORIGIN[0]) / step), Math.round((py - ORIGIN[1]) / step)]
    })
    return grid.filter((p, i) => i === 0 || i === grid.length - 1 || p[0] !== grid[i - 1][0] || p[1] !== grid[i - 1][1])
  })
  const arcs = points.map((kept) => {
    let px = 0
    let py = 0
    return kept.map(([qx, qy]) => {
      const d = [qx - px, qy - py]
      px = qx
      py = qy
      return d
    })
  })
  // Ids only: the map names territories and finds their parents in its registry.
  const objects = Object.fromEntries(Object.entries(topo.objects).map(([name, o]) => [name, { ...o, geometries: o.geometries.map(({ properties: _, ...g }) => oriented(g, points)) }]))
  return {
    type: 'Topology',
    objects,
    transform: { scale: [step, step], translate: ORIGIN },
    arcs,
    ...(layouts ? { insets: { zones: DROMS.map(({ code, region, name }) => ({ code, region, name })), layouts: insetLayouts() } } : {}),
  }
}
