// @vitest-environment node
// Node environment: Vite would otherwise rewrite the module's `new URL(…, import.meta.url)` patterns.
import { describe, expect, it } from 'vitest'
import { bundledAssetUrl, localBytes, localText } from '../../src/core/asset-urls.dist.js'
import { bundledAssetUrl as sourceUrl, localBytes as sourceBytes, localText as sourceLocal } from '../../src/core/asset-urls.js'

const here = new URL('../../src/core/', import.meta.url).href

describe('bundledAssetUrl (npm build)', () => {
  it('names every shipped file beside the module, and nothing else', () => {
    for (const path of ['geo/france.topo.json', 'geo/france.xy.bin', 'geo/communes.topo.json', 'geo/communes.names.json', 'registry/communes.json', 'registry/epci.json', 'geo/communes/29.topo.json', 'geo/communes/2A.topo.json', 'geo/communes/974.topo.json', 'geo/communes.xy.bin', 'geo/communes/29.xy.bin', 'geo/communes/2A.xy.bin', 'geo/epci.xy.bin', 'geo/epci/29.xy.bin', 'geo/epci/regions/53.xy.bin', 'geo/communes/regions/53.xy.bin', 'geo/communes/regions/04.xy.bin'])
      expect(bundledAssetUrl(path)?.href).toBe(here + path)
    expect(bundledAssetUrl('geo/communes/../../x.topo.json')).toBeUndefined()
    expect(bundledAssetUrl('other.json')).toBeUndefined()
    // Only the map reads EPCI and regions' files, pre-projected.
    expect(bundledAssetUrl('geo/epci/29.topo.json')).toBeUndefined()
    expect(bundledAssetUrl('geo/communes/regions/53.topo.json')).toBeUndefined()
    // The map's files are binary since 2026-12-03: no .xy.json any more.
    expect(bundledAssetUrl('geo/communes/29.xy.json')).toBeUndefined()
    expect(bundledAssetUrl('geo/communes.xy.json')).toBeUndefined()
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

describe('localBytes (npm build)', () => {
  it('reads the binary files bundlers inline as data: URLs, and file: URLs; fetch does the rest', async () => {
    expect([...new Uint8Array((await localBytes('data:application/octet-stream;base64,QVhZMQD/'))!)]).toEqual([65, 88, 89, 49, 0, 255])
    expect(localBytes('https://app.example/assets/29.xy-abc.bin')).toBeUndefined()
    expect(sourceBytes('data:application/octet-stream;base64,QVhZMQD/')).toBeUndefined()
    const own = new Uint8Array((await sourceBytes(new URL('../../package.json', import.meta.url).href))!)
    expect(new TextDecoder().decode(own)).toContain('"name": "atlas-culture"')
  })
})
