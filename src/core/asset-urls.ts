/**
 * Source and script-tag builds: no per-file URL, assets resolve against the module's folder
 * (`assetBase()`). The npm build swaps in `asset-urls.dist.ts` (rollup.config.mjs), whose literal
 * URLs relative to the module bundlers see and emit.
 */
export function bundledAssetUrl(_path: string): URL | undefined {
  return undefined
}
