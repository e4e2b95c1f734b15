// Geometry tests read the built files in dist/geo (npm run build:data, or node scripts/build-geo.mjs).
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Topology } from 'topojson-specification'
import { setAssetBase } from '../../../src/core/assets.js'

// Not `new URL(…, import.meta.url)`: Vite rewrites that pattern into a served-asset URL.
export const dist = pathToFileURL(fileURLToPath(import.meta.url).replace(/tests\/core\/geo\/[^/]+$/, 'dist/'))

export function useShippedGeometry(): void {
  if (!existsSync(new URL('geo/france.topo.json', dist))) throw new Error('dist/geo is missing: run node scripts/build-geo.mjs')
  setAssetBase(dist)
}

export function readTopology(path: string): Topology {
  return JSON.parse(readFileSync(new URL(`geo/${path}`, dist), 'utf8')) as Topology
}
