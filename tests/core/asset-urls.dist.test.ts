// @vitest-environment node
// Node environment: Vite would otherwise rewrite the module's `new URL(…, import.meta.url)` patterns.
import { describe, expect, it } from 'vitest'
import { bundledAssetUrl, localText } from '../../src/core/asset-urls.dist.js'
import { bundledAssetUrl as sourceUrl, localText as sourceLocal } from '../../src/core/asset-urls.js'

const here = new URL('../../src/core/', import.meta.url).href

describe('bundledAssetUrl (npm build)', () => {
  it('names every shipped file beside the module, and nothing else', () => {
    for (const path of ['geo/france.topo.json', 'geo/france.xy.json', 'geo/communes.topo.json', 'geo/communes.names.json', 'registry/communes.json', 'registry/epci.json', 'geo/communes/29.topo.json', 'geo/communes/2A.topo.json', 'geo/communes/974.topo.json', 'geo/communes.xy.json', 'geo/communes/29.xy.json', 'geo/communes/2A.xy.json', 'geo/epci.xy.json', 'geo/epci/29.xy.json', 'geo/epci/regions/53.xy.json', 'geo/communes/regions/53.xy.json', 'geo/communes/regions/04.xy.json'])
      expect(bundledAssetUrl(path)?.href).toBe(here + path)
    expect(bundledAssetUrl('geo/communes/../../x.topo.json')).toBeUndefined()
    expect(bundledAssetUrl('other.json')).toBeUndefined()
    // Only the map reads EPCI and regions' files, pre-projected.
    expect(bundledAssetUrl('geo/epci/29.topo.json')).toBeUndefined()
    expect(bundledAssetUrl('geo/communes/regions/53.topo.json')).toBeUndefined()
  })

  it('is absent from source and script-tag builds, which resolve against the folder', () => {
    expect(sourceUrl('geo/france.topo.json')).toBeUndefined()
  })
})

describe('localText (npm build)', () => {
  it('reads the data: URLs bundlers inline, and only those (and file: URLs); fetch does the rest', async () => {
    expect(await localText('data:application/json;base64,eyJhIjoxfQ==')).toBe('{"a":1}')
    expect(localText('https://app.example/assets/x.json')).toBeUndefined()
    expect(sourceLocal('data:application/json;base64,eyJhIjoxfQ==')).toBeUndefined()
  })
})
