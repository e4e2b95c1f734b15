/** Size of a canvas's backing store and the scale from viewBox units to its pixels. */
export interface Backing {
  readonly pixelWidth: number
  readonly pixelHeight: number
  /** Device pixels per viewBox unit. */
  readonly scale: number
}

/**
 * One device pixel per backing-store pixel: the canvas is displayed `cssWidth` CSS pixels wide
 * (its CSS size is left to the page) and the screen has `dpr` device pixels per CSS pixel, so the
 * drawing stays sharp on high-DPI screens. Before layout (`cssWidth` 0) the viewBox size is used.
 */
export function backingStore(cssWidth: number, width: number, height: number, dpr: number): Backing {
  const css = cssWidth > 0 ? cssWidth : width
  const ratio = Number.isFinite(dpr) && dpr > 0 ? dpr : 1
  const pixelWidth = Math.max(1, Math.round(css * ratio))
  const scale = pixelWidth / width
  return { pixelWidth, pixelHeight: Math.max(1, Math.round(height * scale)), scale }
}
