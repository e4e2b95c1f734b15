import type { Territory } from '../types.js'
import { DEPARTEMENT_LIAISON, REGION_LIAISON } from './liaison.generated.js'
import { DEPARTEMENT_LIST, REGION_LIST } from './base.js'

/**
 * A territory's name as French prose needs it. The article follows the COG's `typeLiaison`
 * (0 none before a consonant, 1 none before a vowel, 2 le, 3 la, 4 les, 5 l').
 */
export interface FrenchName {
  /** Subject or object: « la Bretagne », « le Finistère », « l'Ain », « les Hauts-de-Seine », « Paris », « La Réunion ». */
  readonly the: string
  /** After « de »: « de la Bretagne », « du Finistère », « de l'Ain », « des Hauts-de-Seine », « d'Eure-et-Loir ». */
  readonly of: string
  /** Place: « en Bretagne », « dans le Finistère », « dans l'Ain », « dans les Hauts-de-Seine », « à Paris », « à Mayotte ». */
  readonly in: string
  /** Whether a verb agrees in the plural (« les Hauts-de-Seine se situent »). */
  readonly plural: boolean
}

const byLevel = {
  region: new Map(REGION_LIST.map((t, i) => [t.code, Number(REGION_LIAISON[i])])),
  departement: new Map(DEPARTEMENT_LIST.map((t, i) => [t.code, Number(DEPARTEMENT_LIAISON[i])])),
}

const VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæh]/i

/**
 * The COG's linking type of `t`. For metropolitan regions the COG records the administrative form
 * (« Région Bretagne », « Région Île-de-France »: no article); prose uses the article, and every one of
 * these names is feminine, so 0 reads as « la » and 1 as « l' ». Communes and EPCI are not in the
 * bundled table: their name's own article (« Le Mans », « Les Sables-d'Olonne ») or first letter decides.
 */
export function liaisonType(t: Territory): number {
  const known = t.level === 'region' || t.level === 'departement' ? byLevel[t.level].get(t.code) : undefined
  if (known === undefined) return VOWEL.test(t.name) ? 1 : 0
  if (t.level === 'region' && t.zone === 'metro' && known < 2) return known === 0 ? 3 : 5
  return known
}

/** « la Bretagne », « du Finistère », « dans les Hauts-de-Seine »… for any territory of the registry. */
export function frenchName(t: Territory): FrenchName {
  const name = t.name
  const type = liaisonType(t)
  // Overseas and regional names read « en Guadeloupe », « en Occitanie »; metropolitan départements
  // take « dans la Gironde », « dans l'Ain », which is grammatical for every one of them.
  const en = t.level === 'region' || t.zone === 'drom'
  switch (type) {
    case 2:
      return { the: `le ${name}`, of: `du ${name}`, in: `dans le ${name}`, plural: false }
    case 3:
      return { the: `la ${name}`, of: `de la ${name}`, in: en ? `en ${name}` : `dans la ${name}`, plural: false }
    case 4:
      return { the: `les ${name}`, of: `des ${name}`, in: `dans les ${name}`, plural: true }
    case 5:
      return { the: `l’${name}`, of: `de l’${name}`, in: en ? `en ${name}` : `dans l’${name}`, plural: false }
    default:
      return withOwnArticle(t, type === 1)
  }
}

// No article from the COG: the name may carry its own (« La Réunion », communes « Le Mans »).
function withOwnArticle(t: Territory, vowel: boolean): FrenchName {
  const name = t.name
  const own = /^(Les|Le|La) (.*)$/.exec(name)
  if (own && t.level === 'commune') {
    const article = own[1]
    const rest = own[2] ?? ''
    if (article === 'Le') return { the: name, of: `du ${rest}`, in: `au ${rest}`, plural: false }
    if (article === 'Les') return { the: name, of: `des ${rest}`, in: `aux ${rest}`, plural: true }
  }
  // « Seine-et-Marne », « Eure-et-Loir »: usage says « en »; single names of places say « à ».
  const place = t.level === 'departement' && /-et-/.test(name) ? 'en' : 'à'
  return { the: name, of: vowel ? `d’${name}` : `de ${name}`, in: `${place} ${name}`, plural: false }
}

/** France as a territory of the portraits: « la France », « de la France », « en France ». */
export const FRANCE_NAME: FrenchName = Object.freeze({ the: 'la France', of: 'de la France', in: 'en France', plural: false })

/** Capitalises the first letter, for a name that opens a sentence (« La Bretagne se situe… »). */
export function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('fr-FR') + s.slice(1)
}
