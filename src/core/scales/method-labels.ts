import type { Lang } from '../locale.js'
import { TEXTS } from '../text/table.js'
import type { ClassMethod } from './classification.js'

/** Names of the classification methods, as legends show them (from the text tables). */
export const METHOD_LABELS: Readonly<Record<Lang, Readonly<Record<ClassMethod | 'categorical', string>>>> = { fr: TEXTS.fr.methods, en: TEXTS.en.methods }
