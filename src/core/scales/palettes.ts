import { hexToLab, labToRgb, toHex, type Lab } from './color.js'

/** Names of the built-in palettes. */
export type PaletteName = 'bleu-france' | 'terre-battue' | 'bleu-terre-battue' | 'dsfr-categories' | 'okabe-ito'

/** How a palette is used: ordered values, values around a reference, or unordered categories. */
export type PaletteKind = 'sequential' | 'diverging' | 'categorical'

/**
 * A palette described by a few anchor colours.
 * - `sequential`: anchors from light to dark; the classes are sampled at evenly spaced OKLab
 *   lightness along the anchors, so equal class steps look equal and every step is a lightness step
 *   (what keeps a ramp readable for every kind of colour vision, and in greyscale print).
 * - `diverging`: two such ramps, `below` and `above` the reference, sampled at the same lightness
 *   levels so that two classes equally far from the reference look equally intense.
 * - `categorical`: a fixed list, ordered so that each prefix is as distinguishable as possible.
 */
export type Palette =
  | { readonly kind: 'sequential'; readonly anchors: readonly string[] }
  | { readonly kind: 'diverging'; readonly below: readonly string[]; readonly above: readonly string[] }
  | { readonly kind: 'categorical'; readonly colors: readonly string[] }

// Anchors come from the DSFR colour tokens (système de design de l'État): "bleu France" 925, 625,
// sun 113 (#000091) and the darker #00005f of DSFR Chart; "terre battue" main 645 (#e4794a) and
// darkened tints of the same hue. Blue against orange-brown is the diverging pair that stays apart for
// protan, deutan and tritan vision (as ColorBrewer's PuOr); the tests check it by simulation.
const BLEU_FRANCE = ['#e3e3fd', '#cacafb', '#8585f6', '#000091', '#00005f']
const TERRE_BATTUE = ['#fde9df', '#f5b99a', '#e4794a', '#a5482a', '#5c2410']

/** The built-in palettes. Defaults: sequential `bleu-france`, diverging `bleu-terre-battue`, categorical `dsfr-categories`. */
export const PALETTES: Readonly<Record<PaletteName, Palette>> = {
  'bleu-france': { kind: 'sequential', anchors: BLEU_FRANCE },
  'terre-battue': { kind: 'sequential', anchors: TERRE_BATTUE },
  'bleu-terre-battue': { kind: 'diverging', below: BLEU_FRANCE.slice(0, 4), above: TERRE_BATTUE.slice(0, 5) },
  // DSFR illustrative colours (bleu France, café crème, cumulus, tuile sun, cumulus sun, caramel,
  // glycine sun, écume sun), picked greedily: each next colour maximises the smallest ΔE_OK to those
  // before it under normal, protan, deutan and tritan vision.
  'dsfr-categories': { kind: 'categorical', colors: ['#000091', '#d1b781', '#417dc4', '#a94645', '#3558a2', '#c08c65', '#6e445a', '#2f4077'] },
  // Okabe & Ito (2008), "Color Universal Design": the reference colour-blind-safe categorical set.
  'okabe-ito': { kind: 'categorical', colors: ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#000000'] },
}

/** Default palette for each kind of classification. */
export const DEFAULT_PALETTES: Readonly<Record<PaletteKind, PaletteName>> = {
  sequential: 'bleu-france',
  diverging: 'bleu-terre-battue',
  categorical: 'dsfr-categories',
}

// Lightness span of the diverging arms: the lightest classes sit next to the reference but stay
// apart from each other by hue, the darkest match the sequential ramps.
const DIVERGING_LIGHT = 0.88
const DIVERGING_DARK = 0.32

/**
 * The `n` colours of a sequential palette, light to dark, as `#rrggbb`. `n` ≥ 1; one colour is the
 * middle of the ramp.
 */
export function sequentialColors(palette: Palette, n: number): string[] {
  if (palette.kind !== 'sequential') throw new Error(`not a sequential palette: ${palette.kind}`)
  const ramp = palette.anchors.map(hexToLab)
  const light = ramp[0]![0]
  const dark = ramp[ramp.length - 1]![0]
  return levels(light, dark, n).map((L) => toHex(labToRgb(atLightness(ramp, L))))
}

/**
 * Colours of a diverging palette for `below` classes under the reference and `above` classes from
 * it, in class order (darkest below … lightest below, lightest above … darkest above). Sides of
 * unequal size use the same intensity for the same distance from the reference.
 */
export function divergingColors(palette: Palette, below: number, above: number): string[] {
  if (palette.kind !== 'diverging') throw new Error(`not a diverging palette: ${palette.kind}`)
  const steps = levels(DIVERGING_LIGHT, DIVERGING_DARK, Math.max(below, above, 2))
  const arm = (anchors: readonly string[], k: number) => {
    const ramp = anchors.map(hexToLab)
    return steps.slice(0, k).map((L) => toHex(labToRgb(atLightness(ramp, L))))
  }
  return [...arm(palette.below, below).reverse(), ...arm(palette.above, above)]
}

/** The first `n` colours of a categorical palette; past its length, colours repeat (categories always carry their label too). */
export function categoricalColors(palette: Palette, n: number): string[] {
  if (palette.kind !== 'categorical') throw new Error(`not a categorical palette: ${palette.kind}`)
  return Array.from({ length: n }, (_, i) => palette.colors[i % palette.colors.length]!)
}

function levels(light: number, dark: number, n: number): number[] {
  if (n === 1) return [(light + dark) / 2]
  return Array.from({ length: n }, (_, i) => light + ((dark - light) * i) / (n - 1))
}

// The point of the anchor polyline at lightness L (anchors run light to dark, so L decreases along it).
function atLightness(ramp: readonly Lab[], L: number): Lab {
  for (let i = 1; i < ramp.length; i++) {
    const a = ramp[i - 1]!
    const b = ramp[i]!
    if (L <= a[0] && L >= b[0]) {
      const t = a[0] === b[0] ? 0 : (a[0] - L) / (a[0] - b[0])
      return [L, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]
    }
  }
  return L > ramp[0]![0] ? ramp[0]! : ramp[ramp.length - 1]!
}
