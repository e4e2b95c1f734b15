import type { Lang } from '../locale.js'
import { portraitEn } from './portrait.en.js'
import { portraitFr, type PortraitTexts } from './portrait.fr.js'

/** The portrait's section of each language's table (see TEXTS): only the portrait's code imports it. */
export const PORTRAIT_TEXTS: Readonly<Record<Lang, PortraitTexts>> = { fr: portraitFr, en: portraitEn }
