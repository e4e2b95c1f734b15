export { assetError } from './asset-error.js'
import { fileBytes, fileText } from './file-text.js'

/**
 * How shipped files are located and read beyond `fetch`, in three builds (rollup.config.mjs swaps
 * the module): from source (tests, Storybook) here; the npm build `asset-urls.dist.ts`; the
 * script-tag bundles `asset-urls.browser.ts`.
 *
 * From source: no per-file URL (assets resolve against the base), `file:` URLs read from disk.
 */
export function bundledAssetUrl(_path: string): URL | undefined {
  return undefined
}

/** The text of an asset that is not fetched: a `file:` URL (Node), else undefined. */
export function localText(url: string): Promise<string> | undefined {
  return url.startsWith('file:') ? fileText(url) : undefined
}

/** The bytes of an asset that is not fetched (binary geometry, `.xy.bin`): a `file:` URL (Node), else undefined. */
export function localBytes(url: string): Promise<ArrayBuffer> | undefined {
  return url.startsWith('file:') ? fileBytes(url) : undefined
}
