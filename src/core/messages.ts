import type { Lang } from './locale.js'
import { TEXTS } from './text/table.js'
import type { MissingStatus } from './types.js'

/** Labels of the missing statuses, as shown in legends and tooltips (from the text tables). */
export const STATUS_LABELS: Readonly<Record<Lang, Readonly<Record<MissingStatus, string>>>> = { fr: TEXTS.fr.statuses, en: TEXTS.en.statuses }

/** Names of the levels, singular and plural (from the text tables). */
export const LEVEL_LABELS: Readonly<Record<Lang, Readonly<Record<'region' | 'departement' | 'epci' | 'commune', [string, string]>>>> = { fr: TEXTS.fr.levels, en: TEXTS.en.levels }
