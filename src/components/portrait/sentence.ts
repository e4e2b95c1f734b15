import { formatRank } from '../../core/format.js'
import type { Lang } from '../../core/locale.js'
import { LEVEL_LABELS } from '../../core/messages.js'
import type { FrenchName } from '../../core/registry/liaison.js'
import type { Level, Status } from '../../core/types.js'
import { PORTRAIT_TEXTS } from './texts.js'

/** Where a value stands against its reference. */
export type Position = 'above' | 'below' | 'equal'

/** What one reading sentence says; every text in it is already formatted. */
export interface FigureFacts {
  /** The territory: French forms (article, « de », « en ») and the plain name for English. */
  readonly name: FrenchName
  readonly plainName: string
  /** The indicator's label (« Part des actifs dans les secteurs culturels »). */
  readonly label: string
  /**
   * Optional words that read after the value (« d’actifs dans les secteurs culturels »), for the
   * sentence « Avec 2,3 % d’actifs… »; without it the label is quoted.
   */
  readonly phrase?: string
  readonly status: Status
  /** The value with its unit (« 2,3 % »); ignored when `status` is not `ok`. */
  readonly valueText: string
  /** The comparison with the first reference (France, or the métropole for France itself). */
  readonly comparison?: {
    readonly position: Position
    /** Which reference: the nation, the parent territory, metropolitan France. */
    readonly reference: 'france' | 'parent' | 'metro'
    readonly referenceName?: FrenchName
    readonly referenceText: string
    /** Territories the national value leaves out (« Mayotte »). Default: none. */
    readonly except?: string
  }
  /** The rank among the peers (1 for the highest), ties sharing the best rank. */
  readonly rank?: { readonly rank: number; readonly total: number; readonly tied: boolean; readonly level: Level }
}

/**
 * The tolerance of « égal à »: two values are equal when they print the same at the figure's
 * precision (rounded to `digits` decimals), so a reader never sees « au-dessus de la valeur
 * nationale (2,6 %) » beside 2,6 %, nor « égal » beside two different printed numbers.
 */
export function position(value: number, reference: number, digits: number): Position {
  const scale = 10 ** digits
  // Half away from zero, as Intl.NumberFormat prints it (-2,5 → -3).
  const a = Math.sign(value) * Math.round(Math.abs(value) * scale)
  const b = Math.sign(reference) * Math.round(Math.abs(reference) * scale)
  return a === b ? 'equal' : a > b ? 'above' : 'below'
}

/** The reading sentence of one key figure, in French or English; it is also the figure's accessible text. */
export function sentence(facts: FigureFacts, lang: Lang): string {
  return lang === 'fr' ? french(facts) : english(facts)
}

function french(f: FigureFacts): string {
  const t = PORTRAIT_TEXTS.fr
  if (f.status !== 'ok') return `${f.label} ${f.name.of} : non disponible (${t.reason[f.status]}).`
  const lead = f.phrase ? `Avec ${f.valueText} ${f.phrase}` : `Avec ${f.valueText} pour « ${f.label} »`
  const verb = f.name.plural ? 'se situent' : 'se situe'
  const parts: string[] = []
  if (f.comparison) {
    const c = f.comparison
    const ref = (c.reference === 'france' ? 'la valeur nationale' : c.reference === 'metro' ? 'la valeur de la France métropolitaine' : `la valeur ${c.referenceName?.of ?? ''}`) + (c.except ? ` hors ${c.except}` : '')
    const where = c.position === 'above' ? 'au-dessus de' : c.position === 'below' ? 'en dessous de' : 'à un niveau égal à'
    parts.push(`${where} ${ref} (${c.referenceText})`)
  }
  if (f.rank) parts.push(frenchRank(f.rank))
  if (parts.length === 0) return `${lead}, ${f.name.the} ${f.name.plural ? 'figurent' : 'figure'} parmi les territoires mesurés.`
  return `${lead}, ${f.name.the} ${verb} ${parts.join(', ')}.`
}

function frenchRank(r: NonNullable<FigureFacts['rank']>): string {
  const peers = `des ${r.total} ${LEVEL_LABELS.fr[r.level][1]}`
  if (r.rank === r.total && r.total > 1 && !r.tied) return `au dernier rang ${peers}`
  const n = r.rank === 1 ? '1er' : `${r.rank}ᵉ`
  return `au ${n} rang${r.tied ? ' ex æquo' : ''} ${peers}`
}

function english(f: FigureFacts): string {
  const t = PORTRAIT_TEXTS.en
  if (f.status !== 'ok') return `${f.label}, ${f.plainName}: not available (${t.reason[f.status]}).`
  const lead = `With ${f.valueText} for “${f.label}”, ${f.plainName}`
  const rank = f.rank ? englishRank(f.rank) : ''
  if (!f.comparison) return rank ? `${lead} ranks ${rank}.` : `${lead} is among the territories measured.`
  const c = f.comparison
  const ref = (c.reference === 'france' ? 'the national value' : c.reference === 'metro' ? 'the value of metropolitan France' : `the value of ${c.referenceName ? plainOf(c.referenceName) : ''}`) + (c.except ? ` excluding ${c.except}` : '')
  const where = c.position === 'above' ? 'is above' : c.position === 'below' ? 'is below' : 'is level with'
  return `${lead} ${where} ${ref} (${c.referenceText})${rank ? `, ranking ${rank}` : ''}.`
}

// « le Finistère » → « Finistère »; names that carry their own article (« La Réunion ») keep it.
function plainOf(name: FrenchName): string {
  return name.the.replace(/^(le |la |les |l’)/, '')
}

/** « 8th of 18 regions », « last of 18 regions », « 3rd of 101 départements, tied ». */
function englishRank(r: NonNullable<FigureFacts['rank']>): string {
  const peers = LEVEL_LABELS.en[r.level][1]
  if (r.rank === r.total && r.total > 1 && !r.tied) return `last of ${r.total} ${peers}`
  return `${formatRank(r.rank, r.total, 'en')} ${peers}${r.tied ? ', tied' : ''}`
}
