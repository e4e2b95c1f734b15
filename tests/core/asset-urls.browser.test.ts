import { expect, it } from 'vitest'
import { assetError, bundledAssetUrl, localText } from '../../src/core/asset-urls.browser.js'

// The script-tag bundles fetch every asset beside the script: no per-file URL, no disk, no data: URL.
it('leaves every asset to fetch', () => {
  expect(bundledAssetUrl('geo/france.topo.json')).toBeUndefined()
  expect(localText('file:///tmp/x.json')).toBeUndefined()
  expect(localText('data:application/json,{}')).toBeUndefined()
})

it('fails a file it cannot read with the same `asset` error as the other builds (said in the page’s language by the widget)', () => {
  const error = assetError('https://cms.example/js/geo/france.topo.json', 'HTTP 404')
  expect(error).toMatchObject({ code: 'asset', params: { url: 'https://cms.example/js/geo/france.topo.json', failure: 'HTTP 404' } })
  expect(error.message).toContain('HTTP 404')
  expect(error.message).toContain('https://cms.example/js/geo/france.topo.json')
})
