/**
 * Colour arithmetic shared by the palettes and their checks: `#rrggbb` parsing, sRGB ↔ linear RGB,
 * and OKLab (Björn Ottosson, 2020), whose lightness axis is perceptually even — palettes are
 * interpolated there so that equal steps in the ramp look like equal steps on the map.
 */

/** Linear-light RGB, each channel in [0, 1]. */
export type Rgb = readonly [number, number, number]

/** OKLab coordinates: L in [0, 1] (black → white), a and b roughly in [-0.4, 0.4]. */
export type Lab = readonly [number, number, number]

/** Parses `#rgb` or `#rrggbb` into linear RGB; throws on anything else. */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())
  if (!m) throw new Error(`not a #rrggbb colour: ${JSON.stringify(hex)}`)
  let h = m[1]!
  if (h.length === 3) h = h.replace(/./g, (c) => c + c)
  const channel = (i: number) => toLinear(parseInt(h.slice(i, i + 2), 16) / 255)
  return [channel(0), channel(2), channel(4)]
}

/** Formats linear RGB as `#rrggbb`, clamping out-of-gamut channels. */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(toGamma(Math.min(1, Math.max(0, c))) * 255).toString(16).padStart(2, '0')).join('')}`
}

/** sRGB transfer function, encoded value → linear light (IEC 61966-2-1, as used by WCAG). */
export function toLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

function toGamma(c: number): number {
  return c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055
}

/** Linear RGB → OKLab. */
export function rgbToLab([r, g, b]: Rgb): Lab {
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b)
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b)
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b)
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ]
}

/** OKLab → linear RGB (may fall outside [0, 1]; {@link toHex} clamps). */
export function labToRgb([L, a, b]: Lab): Rgb {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ]
}

/** OKLab of a hex colour. */
export function hexToLab(hex: string): Lab {
  return rgbToLab(parseHex(hex))
}

/** Euclidean distance in OKLab (ΔE_OK); about 0.02 is a just-noticeable difference. */
export function deltaE(a: Lab, b: Lab): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])
}
