import type { Lang } from './locale.js'

/**
 * What a user reads when a shipped file (geometry, registry) cannot be read (`failure`: `HTTP 404`,
 * `HTML` for a page instead of the file, `JSON`): the first line in the page's language, the URL on
 * the second. Folds into the shared text table (`src/core/text/`) once it exists. Short: it ships in
 * the size-budgeted script-tag bundle.
 */
export const ASSET_TEXTS: Record<Lang, (url: string, failure: string) => string> = {
  fr: (url, f) => `Fichier de carte illisible (${f})\u00a0: voir setAssetBase('/chemin/vers/dist/').\n${url}`,
  en: (url, f) => `Unreadable map file (${f}): see setAssetBase('/path/to/dist/').\n${url}`,
}
