import { expect, it } from 'vitest'
import { assetError, bundledAssetUrl, localText } from '../../src/core/asset-urls.browser.js'

// The script-tag bundles fetch every asset beside the script: no per-file URL, no disk, no data: URL.
it('leaves every asset to fetch', () => {
  expect(bundledAssetUrl('geo/france.topo.json')).toBeUndefined()
  expect(localText('file:///tmp/x.json')).toBeUndefined()
  expect(localText('data:application/json,{}')).toBeUndefined()
})

it('names the cause and the URL of a file it cannot read', () => {
  expect(assetError('https://cms.example/js/geo/france.topo.json', 'HTTP 404').message).toBe('HTTP 404: https://cms.example/js/geo/france.topo.json')
})
