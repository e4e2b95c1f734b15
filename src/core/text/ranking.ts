import type { Lang } from '../locale.js'
import { rankingEn } from './ranking.en.js'
import { rankingFr, type RankingTexts } from './ranking.fr.js'

/** The ranking's section of each language's table (see TEXTS): only the ranking's code imports it. */
export const RANKING_TEXTS: Readonly<Record<Lang, RankingTexts>> = { fr: rankingFr, en: rankingEn }
