import type { FigureFacts, FigureRank } from './figure-facts.js'
import { levelsEn } from './levels.en.js'
import { ordinal } from './ordinal.en.js'
import type { PortraitTexts } from './portrait.fr.js'
import type { FrenchName } from '../registry/liaison.js'

/** The portrait's words in English; same shape as {@link portraitFr}. */
export const portraitEn: PortraitTexts = {
  reason: { secret: 'statistical secrecy', 'not-available': 'no value published', 'not-applicable': 'not applicable', invalid: 'invalid value in the source' },
  france: 'France',
  franceName: 'France',
  metro: 'Metropolitan France',
  except: (area, names) => `${area} excluding ${names}`,
  points: (n) => (n === 1 ? 'point' : 'points'),
  peers: (r) => `${levelsEn[r.level][1]}${r.area ? ` in ${plainOf(r.area)}` : ''}`,
  rank: (r) => `${ordinal(r.rank)} of ${r.total} ${portraitEn.peers(r)}`,
  tied: 'tied',
  versus: (name, value) => `compared with ${name} (${value})`,
  above: 'above',
  below: 'below',
  equal: 'equal',
  spread: (min, minName, max, maxName) => `from ${min} (${minName}) to ${max} (${maxName})`,
  analysis: 'Analysis',
  sources: 'Sources and definitions',
  locator: (name) => `Location: ${name}`,
  figures: 'Key figures',
  sentence: (f: FigureFacts) => {
    if (f.status !== 'ok') return `${f.label}, ${f.plainName}: not available (${portraitEn.reason[f.status]}).`
    const lead = `With ${f.valueText} for “${f.label}”, ${f.plainName}`
    const rank = f.rank ? englishRank(f.rank) : ''
    if (!f.comparison) return rank ? `${lead} ranks ${rank}.` : `${lead} is among the territories measured.`
    const c = f.comparison
    const plain = c.referenceName ? plainOf(c.referenceName) : ''
    const ref = (c.reference === 'france' ? 'the national value' : c.reference === 'metro' ? 'the value of metropolitan France' : `the value of ${plain}`) + (c.except ? ` excluding ${c.except}` : '')
    const where = c.position === 'above' ? 'is above' : c.position === 'below' ? 'is below' : 'is level with'
    return `${lead} ${where} ${ref} (${c.referenceText})${rank ? `, ranking ${rank}` : ''}.`
  },
}

// « le Finistère » → « Finistère »; names that carry their own article (« La Réunion ») keep it.
function plainOf(name: FrenchName): string {
  return name.the.replace(/^(le |la |les |l’)/, '')
}

/** « 8th of 18 regions », « last of 18 regions », « 3rd of 101 départements, tied ». */
function englishRank(r: FigureRank): string {
  const peers = portraitEn.peers(r)
  if (r.rank === r.total && r.total > 1 && !r.tied) return `last of ${r.total} ${peers}`
  return `${ordinal(r.rank)} of ${r.total} ${peers}${r.tied ? ', tied' : ''}`
}
