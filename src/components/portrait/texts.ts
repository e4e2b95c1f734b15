import type { Lang } from '../../core/locale.js'
import type { MissingStatus } from '../../core/types.js'

/** The portrait's own words, French first. */
export const PORTRAIT_TEXTS = {
  fr: {
    /** Why a figure has no value, as the sentence says it: « non disponible (secret statistique) ». */
    reason: { secret: 'secret statistique', 'not-available': 'aucune valeur publiée', 'not-applicable': 'sans objet', invalid: 'valeur invalide dans la source' },
  },
  en: {
    reason: { secret: 'statistical secrecy', 'not-available': 'no value published', 'not-applicable': 'not applicable', invalid: 'invalid value in the source' },
  },
} satisfies Record<Lang, { reason: Record<MissingStatus, string> }>
