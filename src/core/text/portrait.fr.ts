import type { FigureFacts, FigureRank } from './figure-facts.js'
import { levelsFr } from './levels.fr.js'

/**
 * The portrait's words in French, apart from the shared table ({@link fr}) so that a page without a
 * portrait does not load them; read through `PORTRAIT_TEXTS` (./portrait.ts).
 */
export const portraitFr = {
  /** Why a figure has no value, as the sentence says it: « non disponible (secret statistique) ». */
  reason: { secret: 'secret statistique', 'not-available': 'aucune valeur publiée', 'not-applicable': 'sans objet', invalid: 'valeur invalide dans la source' },
  france: 'France entière',
  franceName: 'France',
  metro: 'France métropolitaine',
  except: (area: string, names: string) => `${area} hors ${names}`,
  /** « +0,4 point », « +1,2 points »: French takes the singular below 2. */
  points: (n: number) => (n < 2 ? 'point' : 'points'),
  /** « des 101 départements », « des 5 départements de la Bretagne ». */
  peers: (r: FigureRank) => `des ${r.total} ${levelsFr[r.level][1]}${r.area ? ` ${r.area.of}` : ''}`,
  /** « 12ᵉ des 101 départements », under the figure. */
  rank: (r: FigureRank) => `${r.rank === 1 ? '1er' : `${r.rank}ᵉ`} ${portraitFr.peers(r)}`,
  tied: 'ex æquo',
  versus: (name: string, value: string) => `par rapport à ${name} (${value})`,
  above: 'au-dessus',
  below: 'en dessous',
  equal: 'égal',
  spread: (min: string, minName: string, max: string, maxName: string) => `de ${min} (${minName}) à ${max} (${maxName})`,
  analysis: 'Analyse',
  sources: 'Sources et définitions',
  locator: (name: string) => `Localisation : ${name}`,
  figures: 'Chiffres clés',
  /** The reading sentence of a key figure, also its accessible text. */
  sentence: (f: FigureFacts): string => {
    if (f.status !== 'ok') return `${f.label} ${f.name.of} : non disponible (${portraitFr.reason[f.status]}).`
    const lead = f.phrase ? `Avec ${f.valueText} ${f.phrase}` : `Avec ${f.valueText} pour « ${f.label} »`
    const parts: string[] = []
    if (f.comparison) {
      const c = f.comparison
      const ref = (c.reference === 'france' ? 'la valeur nationale' : c.reference === 'metro' ? 'la valeur de la France métropolitaine' : `la valeur ${c.referenceName?.of ?? ''}`) + (c.except ? ` hors ${c.except}` : '')
      const where = c.position === 'above' ? 'au-dessus de' : c.position === 'below' ? 'en dessous de' : 'à un niveau égal à'
      parts.push(`${where} ${ref} (${c.referenceText})`)
    }
    if (f.rank) {
      const r = f.rank
      const peers = portraitFr.peers(r)
      parts.push(r.rank === r.total && r.total > 1 && !r.tied ? `au dernier rang ${peers}` : `au ${r.rank === 1 ? '1er' : `${r.rank}ᵉ`} rang${r.tied ? ' ex æquo' : ''} ${peers}`)
    }
    if (parts.length === 0) return `${lead}, ${f.name.the} ${f.name.plural ? 'figurent' : 'figure'} parmi les territoires mesurés.`
    return `${lead}, ${f.name.the} ${f.name.plural ? 'se situent' : 'se situe'} ${parts.join(', ')}.`
  },
}

/** The shape of a language's portrait section. */
export type PortraitTexts = typeof portraitFr
