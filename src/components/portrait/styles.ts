import { srOnlyCss } from '../shared/sr-only.css.js'

/**
 * The portrait's CSS, adopted as a constructable stylesheet (no `<style>`, no inline style: works under
 * `style-src 'self'`). Colours from the same custom properties as the map, with DSFR fallbacks; the font
 * is the host page's. The print rules keep one portrait on one A4 page.
 */
export const portraitCss = `
.atlas-portrait { color: var(--atlas-text, #161616); max-width: 60rem; }
.atlas-portrait h1, .atlas-portrait h2, .atlas-portrait h3, .atlas-portrait h4, .atlas-portrait h5, .atlas-portrait h6 { margin: 0; line-height: 1.3; }
.atlas-portrait p { margin: 0; }
.atlas-portrait__name { font-size: 1.5rem; font-weight: 700; }
.atlas-portrait__subtitle { color: var(--atlas-text-muted, #3a3a3a); margin-bottom: .75rem; }
.atlas-portrait__body { display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; align-items: flex-start; }
.atlas-portrait__locator { flex: 0 0 12rem; width: 12rem; max-width: 100%; height: auto; }
.atlas-portrait__locator path { vector-effect: non-scaling-stroke; stroke-linejoin: round; }
.atlas-portrait__locator-shapes path { fill: #e5e5e5; stroke: #fff; stroke-width: .5; }
.atlas-portrait__locator-all path { fill: var(--atlas-class-4, #6a6af4); stroke: #fff; stroke-width: .5; }
.atlas-portrait__locator-frames path { fill: none; stroke: var(--atlas-outline, #666666); stroke-width: .75; }
.atlas-portrait__locator-target { fill: var(--atlas-class-5, #000091); stroke: #161616; stroke-width: 2; paint-order: stroke; }
.atlas-portrait__main { flex: 1 1 20rem; min-width: 0; }
.atlas-portrait__section-title { font-size: 1.125rem; font-weight: 700; margin: .25rem 0 .5rem; }
.atlas-portrait__figures { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .75rem; }
.atlas-portrait__figure { border: 1px solid #929292; border-top: 4px solid var(--atlas-action, #000091); padding: .625rem .75rem; break-inside: avoid; }
.atlas-portrait__label { font-weight: 700; font-size: .9375rem; }
.atlas-portrait__year { font-weight: 400; color: var(--atlas-text-muted, #3a3a3a); }
.atlas-portrait__value { font-size: 1.75rem; font-weight: 700; font-variant-numeric: tabular-nums; margin: .125rem 0; }
.atlas-portrait__missing { font-size: 1rem; font-weight: 400; font-style: italic; }
.atlas-portrait__gaps { list-style: none; margin: 0 0 .25rem; padding: 0; font-size: .875rem; }
.atlas-portrait__rank { font-size: .875rem; }
.atlas-portrait__sentence { font-size: .875rem; margin-top: .375rem !important; }
.atlas-portrait__analysis, .atlas-portrait__sources { margin-top: 1rem; }
.atlas-portrait__analysis p + p { margin-top: .5rem; }
.atlas-portrait__sources ol { margin: 0; padding-left: 1.25rem; font-size: .8125rem; color: var(--atlas-text-muted, #3a3a3a); }
.atlas-portrait a { color: var(--atlas-action, #000091); }
.atlas-portrait a:focus-visible { outline: 3px solid var(--atlas-focus, #0a76f6); outline-offset: 2px; }
@media (max-width: 600px) { .atlas-portrait__locator { flex-basis: 8rem; width: 8rem; } }
@media (forced-colors: active) {
  .atlas-portrait__locator-target { fill: Highlight; stroke: CanvasText; }
  .atlas-portrait__locator-shapes path { fill: Canvas; stroke: CanvasText; }
}
@media print {
  .atlas-portrait { max-width: none; font-size: 10pt; color: #000; }
  .atlas-portrait__figures { grid-template-columns: repeat(2, 1fr); gap: 6pt; }
  .atlas-portrait__figure { border-top-width: 2pt; padding: 4pt 6pt; }
  .atlas-portrait__value { font-size: 16pt; }
  .atlas-portrait__locator { width: 4.5cm; flex-basis: 4.5cm; }
  .atlas-portrait a { color: #000; }
}
` + srOnlyCss
