import { fileURLToPath, pathToFileURL } from 'node:url'
import { setAssetBase } from '../../../src/core/assets.js'
import { loadTerritories } from '../../../src/core/registry/index.js'

// Not `new URL(…, import.meta.url)`: Vite rewrites that pattern into a served-asset URL.
export const DIST = pathToFileURL(fileURLToPath(import.meta.url).replace(/tests\/core\/registry\/[^/]+$/, 'dist/'))

/** Points the registry at the repo's dist/ (written by `node scripts/build-registry.mjs`) and loads it. */
export async function loadRegistry(level: 'commune' | 'epci' = 'epci'): Promise<void> {
  setAssetBase(DIST)
  await loadTerritories(level)
}
