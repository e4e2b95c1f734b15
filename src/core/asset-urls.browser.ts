/**
 * Script-tag bundles (rollup.config.mjs puts this in place of `asset-urls.ts`): assets resolve
 * against the script's own folder and are fetched — nothing else, to keep the size-budgeted bundle
 * small. A file that cannot be read is the same `asset` error as elsewhere: widgets say it in the
 * page's language from its code (the error tables are fetched with the message only).
 */
export { assetError } from './asset-error.js'

export function bundledAssetUrl(_path: string): URL | undefined {
  return undefined
}

export function localText(_url: string): Promise<string> | undefined {
  return undefined
}

// The same function (nothing is local here): one less in the budgeted bundle.
export const localBytes = localText as unknown as (url: string) => Promise<ArrayBuffer> | undefined
