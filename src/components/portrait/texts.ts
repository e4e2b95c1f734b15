import { formatRank } from '../../core/format.js'
import type { Lang } from '../../core/locale.js'
import type { MissingStatus } from '../../core/types.js'

/** The portrait's own words, French first. */
export const PORTRAIT_TEXTS = {
  fr: {
    /** Why a figure has no value, as the sentence says it: « non disponible (secret statistique) ». */
    reason: { secret: 'secret statistique', 'not-available': 'aucune valeur publiée', 'not-applicable': 'sans objet', invalid: 'valeur invalide dans la source' },
    level: { region: 'région', departement: 'département' },
    france: 'France entière',
    franceName: 'France',
    metro: 'France métropolitaine',
    except: (area: string, names: string) => `${area} hors ${names}`,
    /** « +0,4 point », « +1,2 points »: French takes the singular below 2. */
    points: (n: number) => (n < 2 ? 'point' : 'points'),
    rank: (rank: number, total: number, peers: string) => `${rank === 1 ? '1er' : `${rank}ᵉ`} des ${total} ${peers}`,
    tied: 'ex æquo',
    versus: (name: string, value: string) => `par rapport à ${name} (${value})`,
    above: 'au-dessus',
    below: 'en dessous',
    equal: 'égal',
    pooled: 'calculée : somme des numérateurs / somme des dénominateurs',
    spread: (min: string, minName: string, max: string, maxName: string) => `de ${min} (${minName}) à ${max} (${maxName})`,
    analysis: 'Analyse',
    sources: 'Sources et définitions',
    locator: (name: string) => `Localisation : ${name}`,
    figures: 'Chiffres clés',
    year: (y: string) => `en ${y}`,
  },
  en: {
    reason: { secret: 'statistical secrecy', 'not-available': 'no value published', 'not-applicable': 'not applicable', invalid: 'invalid value in the source' },
    level: { region: 'region', departement: 'département' },
    france: 'France',
    franceName: 'France',
    metro: 'Metropolitan France',
    except: (area: string, names: string) => `${area} excluding ${names}`,
    points: (n: number) => (n === 1 ? 'point' : 'points'),
    rank: (rank: number, total: number, peers: string) => `${formatRank(rank, total, 'en')} ${peers}`,
    tied: 'tied',
    versus: (name: string, value: string) => `compared with ${name} (${value})`,
    above: 'above',
    below: 'below',
    equal: 'equal',
    pooled: 'computed: sum of numerators / sum of denominators',
    spread: (min: string, minName: string, max: string, maxName: string) => `from ${min} (${minName}) to ${max} (${maxName})`,
    analysis: 'Analysis',
    sources: 'Sources and definitions',
    locator: (name: string) => `Location: ${name}`,
    figures: 'Key figures',
    year: (y: string) => `in ${y}`,
  },
} satisfies Record<Lang, { reason: Record<MissingStatus, string> } & Record<string, unknown>>

export type PortraitTexts = (typeof PORTRAIT_TEXTS)['fr']

