export { assetError } from './asset-error.js'
import { dataUrlBytes, dataUrlText } from './data-url.js'
import { fileBytes, fileText } from './file-text.js'

/**
 * npm build only (rollup.config.mjs puts it in place of `asset-urls.ts`): every shipped file named by
 * a literal URL relative to the module, resolved against `import.meta.url` (the built chunk in
 * `dist/`). Vite, Rollup and webpack recognise that pattern and copy the files into an application's
 * production build (Vite turns each template literal into a glob over its folder: `geo/communes/`, `geo/epci/`…), so the map
 * needs no configuration. No copy of the pattern in comments: bundlers scan the text.
 */
export function bundledAssetUrl(path: string): URL | undefined {
  switch (path) {
    case 'geo/france.topo.json':
      return new URL('./geo/france.topo.json', import.meta.url)
    case 'geo/france.xy.bin':
      return new URL('./geo/france.xy.bin', import.meta.url)
    case 'geo/communes.topo.json':
      return new URL('./geo/communes.topo.json', import.meta.url)
    case 'geo/communes.xy.bin':
      return new URL('./geo/communes.xy.bin', import.meta.url)
    case 'geo/epci.xy.bin':
      return new URL('./geo/epci.xy.bin', import.meta.url)
    case 'geo/communes.names.json':
      return new URL('./geo/communes.names.json', import.meta.url)
    case 'registry/communes.json':
      return new URL('./registry/communes.json', import.meta.url)
    case 'registry/epci.json':
      return new URL('./registry/epci.json', import.meta.url)
  }
  // The longitude-latitude files of départements (loadGeometry), and the map's pre-projected files.
  const [, folder, regions, code, kind] = /^geo\/(communes|epci)\/(regions\/)?(\w{2,3})\.(topo\.json|xy\.bin)$/.exec(path) ?? []
  if (code === undefined || (kind === 'topo.json' && (folder === 'epci' || regions))) return undefined
  if (kind === 'topo.json') return new URL(`./geo/communes/${code}.topo.json`, import.meta.url)
  if (folder === 'communes') return regions ? new URL(`./geo/communes/regions/${code}.xy.bin`, import.meta.url) : new URL(`./geo/communes/${code}.xy.bin`, import.meta.url)
  return regions ? new URL(`./geo/epci/regions/${code}.xy.bin`, import.meta.url) : new URL(`./geo/epci/${code}.xy.bin`, import.meta.url)
}

/**
 * The text of an asset that is not fetched: a `file:` URL (Node), or a file a bundler inlined as a
 * `data:` URL (Vite: under 4 KB), read here because a page's CSP (`connect-src 'self'`) would refuse
 * to fetch it; else undefined.
 */
export function localText(url: string): Promise<string> | undefined {
  if (url.startsWith('file:')) return fileText(url)
  return url.startsWith('data:') ? Promise.resolve(dataUrlText(url)) : undefined
}

/** The bytes of an asset that is not fetched (binary geometry, `.xy.bin`), as {@link localText}. */
export function localBytes(url: string): Promise<ArrayBuffer> | undefined {
  if (url.startsWith('file:')) return fileBytes(url)
  return url.startsWith('data:') ? Promise.resolve(dataUrlBytes(url).buffer as ArrayBuffer) : undefined
}
