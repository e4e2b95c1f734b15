import { afterEach, expect, it, vi } from 'vitest'
import { assetError } from '../../src/core/asset-error.js'

afterEach(() => vi.unstubAllGlobals())

it('says what to do in French by default, then the URL on its own line', () => {
  vi.stubGlobal('document', { documentElement: { lang: '' } })
  expect(assetError('https://a.example/geo/x.json', 'HTTP 404').message).toBe("Fichier de carte illisible (HTTP 404)\u00a0: voir setAssetBase('/chemin/vers/dist/').\nhttps://a.example/geo/x.json")
})

it('in English in an English page', () => {
  vi.stubGlobal('document', { documentElement: { lang: 'en-GB' } })
  expect(assetError('https://a.example/x.json', 'HTML').message).toBe("Unreadable map file (HTML): see setAssetBase('/path/to/dist/').\nhttps://a.example/x.json")
})
