import { AtlasError } from './errors.js'

/**
 * A shipped file (geometry, registry) could not be read. `failure`: `HTTP 404`, `HTML` (a page came
 * instead of the file: a production server without the files), `JSON`. Code `asset`, params `url`
 * and `failure`: widgets say it in their page's language; the message, for developers, names the URL
 * and what to set.
 */
export function assetError(url: string, failure: string): AtlasError {
  return new AtlasError('asset', `Unreadable map file (${failure}): see setAssetBase('/path/to/dist/'). ${url}`, { url, failure })
}
