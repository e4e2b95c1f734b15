import { expect, it } from 'vitest'
import { assetError } from '../../src/core/asset-error.js'
import { AtlasError } from '../../src/core/errors.js'
import { errorText } from '../../src/core/text/error-text.js'

it('is an `asset` error naming the URL and what to set, whatever the page’s language (a developer message)', () => {
  const error = assetError('https://a.example/geo/x.json', 'HTTP 404')
  expect(error).toBeInstanceOf(AtlasError)
  expect(error.code).toBe('asset')
  expect(error.params).toEqual({ url: 'https://a.example/geo/x.json', failure: 'HTTP 404' })
  expect(error.message).toBe("Unreadable map file (HTTP 404): see setAssetBase('/path/to/dist/'). https://a.example/geo/x.json")
})

it('is said in the widget’s language from its code, the URL left to the technical line', () => {
  const error = assetError('https://a.example/x.json', 'HTML')
  expect(errorText(error, 'fr').text).toBe('Un fichier de la carte n’a pas pu être lu (HTML)\u00a0: l’adresse des fichiers de l’atlas est peut-être mal réglée (setAssetBase).')
  expect(errorText(error, 'en').text).toBe('A map file could not be read (HTML): the address of the atlas files may be wrong (setAssetBase).')
  expect(errorText(error, 'fr').detail).toContain('https://a.example/x.json')
})
