// Geometry tests read the built files in dist/geo (npm run build:data, or node scripts/build-geo.mjs).
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Topology } from 'topojson-specification'
import { setAssetBase } from '../../../src/core/assets.js'
import { decodeXy } from '../../../scripts/geo/xy-binary.mjs'

// Not `new URL(…, import.meta.url)`: Vite rewrites that pattern into a served-asset URL.
export const dist = pathToFileURL(fileURLToPath(import.meta.url).replace(/tests\/core\/geo\/[^/]+$/, 'dist/'))

export function useShippedGeometry(): void {
  if (!existsSync(new URL('geo/france.topo.json', dist))) throw new Error('dist/geo is missing: run node scripts/build-geo.mjs')
  setAssetBase(dist)
}

/** A shipped file as TopoJSON: the map's binary `.xy.bin` files decoded as scripts/geo/xy-binary.mjs wrote them. */
export function readTopology(path: string): Topology {
  const bytes = readFileSync(new URL(`geo/${path}`, dist))
  return (path.endsWith('.bin') ? decodeXy(bytes) : JSON.parse(bytes.toString('utf8'))) as Topology
}
