import { srOnlyCss } from '../shared/sr-only.css.js'
import { mapHeadCss } from '../shared/widget-head.css.js'

/**
 * The map's CSS but its data table's (all of it: {@link mapCss}). The component adopts it itself (`adoptCss`: constructable stylesheet on its document or shadow
 * root: no `<style>` element, no inline style attribute, so it works under `style-src 'self'`);
 * hosts that bundle their own CSS can use this text instead. Colours come from CSS custom
 * properties with DSFR fallbacks (`--atlas-class-1…9`, `--atlas-missing`, `--atlas-outline`, `--atlas-text`,
 * `--atlas-focus`). No font: the widget takes the host page's.
 *
 * Strokes are `non-scaling-stroke`: the drawing scales with its container (320 px to 44 rem wide) and
 * outlines must keep their width in CSS pixels to stay visible.
 */
export const mapShellCss = mapHeadCss + `
.atlas-map__nav { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-bottom: .5rem; }
.atlas-map__choose select { margin-left: .25rem; max-width: 100%; }
.atlas-map__body { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.atlas-map__drawing { flex: 1 1 18rem; min-width: 0; max-width: 44rem; container-type: inline-size; }
.atlas-map__canvas { position: relative; }
.atlas-map__canvas:focus { outline: none; }
.atlas-map__canvas:focus-visible { outline: 3px solid var(--atlas-focus, #0a76f6); outline-offset: 2px; }
.atlas-map__svg { display: block; width: 100%; height: auto; forced-color-adjust: none; }
.atlas-map__svg path { vector-effect: non-scaling-stroke; stroke-linejoin: round; }
.atlas-map__frames path { fill: none; stroke: var(--atlas-outline, #666666); stroke-width: 1; }
.atlas-map__inset-label { fill: var(--atlas-text-muted, #3a3a3a); font-size: 10px; }
.atlas-map__insets { display: none; font-size: .8125rem; color: var(--atlas-text-muted, #3a3a3a); }
.atlas-map__outline { fill: #fff; stroke: var(--atlas-outline, #666666); stroke-width: 3; paint-order: stroke; pointer-events: none; }
.atlas-map__shapes path { stroke: #fff; stroke-width: .75; cursor: pointer; transition: opacity .15s; }
.atlas-map__shapes path.is-dimmed { opacity: .2; }
.atlas-map__missing path { fill: none; stroke: var(--atlas-outline, #666666); stroke-width: 1.25; pointer-events: none; }
.atlas-map__overlay path { fill: none; pointer-events: none; }
/* Each outline over a white halo 2 px wider on each side: 3:1 against the lightest and the darkest class. */
.atlas-map__halo { stroke: #fff; }
.atlas-map__highlight { stroke: #161616; stroke-width: 2; }
.atlas-map__highlight-halo { stroke-width: 6; }
.atlas-map__hover { stroke: #161616; stroke-width: 1.5; }
.atlas-map__hover-halo { stroke-width: 5.5; }
.atlas-map__selected { stroke: #161616; stroke-width: 2.5; stroke-dasharray: 5 2; }
.atlas-map__selected-halo { stroke-width: 6.5; }
.atlas-map__focus-halo { stroke-width: 7; }
.atlas-map__focus { stroke: #161616; stroke-width: 3; }
.atlas-map__tooltip { margin: .5rem; padding: .375rem .625rem; font-size: .875rem; line-height: 1.35; box-sizing: border-box; max-width: min(16rem, calc(var(--atlas-tip-room, 80%) - 1rem)); overflow-wrap: anywhere; }
.atlas-map__tooltip-name { font-weight: 700; }
.atlas-map__legend { flex: 0 1 20rem; min-width: 0; font-size: .875rem; }
.atlas-map__legend svg { forced-color-adjust: none; }
.atlas-map__toggle, .atlas-map__toggle+* { margin-top: .5rem; }
/* On paper: the map, its legend and notes; not the controls nor a tooltip left open. */
@media print { .atlas-map__nav, .atlas-map__toggle, .atlas-map__tooltip { display: none; } }
@media (max-width: 600px) {
  /* Stacked as blocks, not a flex column: Chromium sizes a column item holding a width:100% SVG as if
     the SVG were 300 px wide, and the map then overflows onto the legend. */
  .atlas-map__body { display: block; }
  .atlas-map__drawing { max-width: none; }
  .atlas-map__legend { margin-top: 1rem; }
}
/* The drawing is narrower than its 600 units (a narrow window, or a narrow column of a wide page): names
   inside the frames would be under 10 px, so they are written under it. */
@container (max-width: 599.9px) {
  .atlas-map__inset-label { display: none; }
  .atlas-map__insets { display: block; }
}
@media (prefers-reduced-motion: reduce) { .atlas-map * { transition: none !important; animation: none !important; } }
@media (forced-colors: active) {
  .atlas-map__shapes path { stroke: CanvasText; }
  .atlas-map__outline { fill: Canvas; stroke: CanvasText; }
  .atlas-map__frames path, .atlas-map__missing path, .atlas-map__highlight, .atlas-map__hover, .atlas-map__selected { stroke: CanvasText; }
  .atlas-map__inset-label { fill: CanvasText; }
  .atlas-map__halo { stroke: Canvas; }
  .atlas-map__focus { stroke: Highlight; }
  .atlas-map__canvas:focus-visible { outline-color: Highlight; }
  .atlas-map__tooltip { border-color: CanvasText; }
}
` + srOnlyCss
