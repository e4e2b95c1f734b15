/**
 * Colours as CSS custom properties, so that a host page restyles the widgets without code:
 * `--atlas-class-1` … `--atlas-class-9` (class colours, lowest class first), `--atlas-missing`
 * (ink of the missing-value patterns), `--atlas-missing-background`, `--atlas-outline`.
 */

/** `var(--atlas-class-<i+1>, <colour>)` for each colour: what SVG `fill` attributes take. */
export function classColorVars(colors: readonly string[]): string[] {
  return colors.map((c, i) => cssVar(`--atlas-class-${i + 1}`, c))
}

/** `var(<name>, <fallback>)`. */
export function cssVar(name: string, fallback: string): string {
  return `var(${name}, ${fallback})`
}

/**
 * The colour a `var(--name, fallback)` string stands for on `host`, for renderers that cannot read
 * CSS variables (canvas): the custom property's computed value when set, the fallback otherwise. A
 * plain colour is returned unchanged.
 */
export function resolveCssColor(host: Element, value: string): string {
  const m = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.*))?\)$/s.exec(value.trim())
  if (!m) return value
  const set = getComputedStyle(host).getPropertyValue(m[1]!).trim()
  return set !== '' ? set : m[2] !== undefined ? resolveCssColor(host, m[2]) : ''
}

/** {@link resolveCssColor} over a list. */
export function resolveCssColors(host: Element, values: readonly string[]): string[] {
  return values.map((v) => resolveCssColor(host, v))
}
