import type { Lang } from './locale.js'

/** Why a shipped file could not be read: `HTTP 404`, `HTML` (a page instead of the file), `JSON` (not valid JSON). */
export type AssetFailure = string

/**
 * What a user reads when a shipped file (geometry, registry) cannot be read: the first line in the
 * page's language, the URL on the second. Folds into the shared text table (`src/core/text/`) once
 * it exists. Kept short: it ships in the size-budgeted script-tag bundle.
 */
export const ASSET_TEXTS: Record<Lang, { unreadable: (url: string, failure: AssetFailure) => string; badBase: string }> = {
  fr: {
    unreadable: (url, f) => `Fichier de carte illisible (${f})\u00a0: servez dist/ et appelez setAssetBase('/chemin/vers/dist/').\n${url}`,
    badBase: 'URL ou chemin attendu',
  },
  en: {
    unreadable: (url, f) => `Unreadable map file (${f}): serve dist/ and call setAssetBase('/path/to/dist/').\n${url}`,
    badBase: 'expected a URL or a path',
  },
}
