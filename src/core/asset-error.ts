import { ASSET_TEXTS } from './asset-texts.js'
import { pageLang } from './locale.js'

/** A shipped file could not be read: what to do, in the page's language, then the URL. */
export function assetError(url: string, failure: string): Error {
  return new Error(ASSET_TEXTS[pageLang()](url, failure))
}
