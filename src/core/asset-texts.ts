import type { Lang } from './locale.js'

/** Why a shipped file could not be read. */
export type AssetFailure = { kind: 'status'; status: number } | { kind: 'html' } | { kind: 'json' }

/**
 * What a user reads when a shipped file (geometry, registry) cannot be read: the first line in the
 * page's language, the URL on the second. Folds into the shared text table (`src/core/text/`) once
 * it exists.
 */
export const ASSET_TEXTS: Record<Lang, { unreadable: (url: string, failure: AssetFailure) => string; badBase: string }> = {
  fr: {
    unreadable: (url, f) =>
      `Fichier de la carte illisible (${f.kind === 'status' ? `HTTP ${f.status}` : f.kind === 'html' ? 'page HTML reçue au lieu de JSON' : 'JSON invalide'}) : servez le dossier dist/ du paquet (geo/, registry/) et donnez son adresse avec setAssetBase('/chemin/vers/dist/').\n${url}`,
    badBase: 'une URL ou, dans une page, un chemin est attendu',
  },
  en: {
    unreadable: (url, f) =>
      `Cannot read a map file (${f.kind === 'status' ? `HTTP ${f.status}` : f.kind === 'html' ? 'an HTML page instead of JSON' : 'invalid JSON'}): serve the package's dist/ folder (geo/, registry/) and give its address with setAssetBase('/path/to/dist/').\n${url}`,
    badBase: 'expected a URL or, in a page, a path',
  },
}
