import type { Lang } from '../locale.js'
import { comparisonEn } from './comparison.en.js'
import { comparisonFr, type TableTexts } from './comparison.fr.js'

/** The comparison table's section of each language's table (see TEXTS): only the table's code imports it. */
export const TABLE_TEXTS: Readonly<Record<Lang, TableTexts>> = { fr: comparisonFr, en: comparisonEn }
