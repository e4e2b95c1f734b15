import { deltaE, hexToLab, parseHex, rgbToLab, type Rgb } from './color.js'

/** Colour-vision deficiencies simulated by {@link simulateColorVision}; `normal` leaves colours alone. */
export type ColorVision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia'

export const COLOR_VISIONS: readonly ColorVision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia']

// Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color Vision
// Deficiency", IEEE TVCG 15(6): matrices for severity 1.0, applied to linear RGB.
const MATRICES: Record<Exclude<ColorVision, 'normal'>, readonly number[]> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
}

/** How `hex` looks to someone with the given deficiency, as linear RGB. */
export function simulateColorVision(hex: string, vision: ColorVision): Rgb {
  const rgb = parseHex(hex)
  if (vision === 'normal') return rgb
  const m = MATRICES[vision]
  const row = (i: number) => Math.min(1, Math.max(0, m[i]! * rgb[0] + m[i + 1]! * rgb[1] + m[i + 2]! * rgb[2]))
  return [row(0), row(3), row(6)]
}

/** ΔE_OK between two colours as seen with `vision`. */
export function perceivedDistance(a: string, b: string, vision: ColorVision = 'normal'): number {
  if (vision === 'normal') return deltaE(hexToLab(a), hexToLab(b))
  return deltaE(rgbToLab(simulateColorVision(a, vision)), rgbToLab(simulateColorVision(b, vision)))
}

/**
 * The smallest ΔE_OK between colours that must be told apart, over the four colour visions:
 * consecutive colours for an ordered ramp (`pairs: 'adjacent'`), every pair for categories (`'all'`).
 * Use it to check a custom palette before passing it through the `--atlas-class-*` properties.
 */
export function minDistance(colors: readonly string[], pairs: 'adjacent' | 'all' = 'adjacent'): { distance: number; vision: ColorVision; pair: [number, number] } {
  let best = { distance: Infinity, vision: 'normal' as ColorVision, pair: [0, 0] as [number, number] }
  for (const vision of COLOR_VISIONS) {
    for (let i = 0; i < colors.length; i++) {
      for (let j = i + 1; j < (pairs === 'adjacent' ? Math.min(i + 2, colors.length) : colors.length); j++) {
        const d = perceivedDistance(colors[i]!, colors[j]!, vision)
        if (d < best.distance) best = { distance: d, vision, pair: [i, j] }
      }
    }
  }
  return best
}
