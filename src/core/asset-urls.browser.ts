/**
 * Script-tag bundles (rollup.config.mjs puts this in place of `asset-urls.ts`): assets resolve
 * against the script's own folder and are fetched — nothing else, to keep the size-budgeted bundle
 * small. A file that cannot be read is named with the cause only: the files sit beside the script
 * (no bundler moved them) and the element titles the message in the page's language.
 */
export function assetError(url: string, failure: string): Error {
  return new Error(`${failure}: ${url}`)
}

export function bundledAssetUrl(_path: string): URL | undefined {
  return undefined
}

export function localText(_url: string): Promise<string> | undefined {
  return undefined
}
