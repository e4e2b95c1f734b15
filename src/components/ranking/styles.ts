import { srOnlyCss } from '../shared/sr-only.css.js'
import { mapHeadCss } from '../shared/widget-head.css.js'

/**
 * The ranking chart's CSS, adopted by the component (`adoptCss`: nothing inline, fine under
 * `style-src 'self'`). Bar positions are set through the CSSOM, never a style attribute in markup.
 * Bars carry a dark border so the lightest class colour still stands 3:1 against the background.
 * A container query reflows narrow charts (320 px): names above their bars.
 */
export const rankingCss = mapHeadCss.replaceAll('atlas-map', 'atlas-ranking') + `
.atlas-ranking { container-type: inline-size; }
.atlas-ranking button[aria-pressed="true"] { background: var(--atlas-action, #000091); color: var(--atlas-bg, #fff); }
.atlas-ranking__controls { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin-bottom: .5rem; font-size: .875rem; }
.atlas-ranking__sort { display: flex; flex-wrap: wrap; gap: .25rem; align-items: center; }
.atlas-ranking__chart { position: relative; }
.atlas-ranking__row, .atlas-ranking__bar-button { display: grid; grid-template-columns: minmax(5rem, 11rem) minmax(0, 1fr); column-gap: .5rem; align-items: center; }
.atlas-ranking__plot { position: relative; margin-right: 5.5rem; }
.atlas-ranking__list { list-style: none; margin: 0; padding: 0; }
.atlas-ranking__item { position: relative; }
.atlas-ranking .atlas-ranking__bar-button { width: 100%; min-height: 1.75rem; padding: .125rem 0; border: 0; background: none; color: inherit; text-align: left; }
.atlas-ranking .atlas-ranking__bar-button:hover .atlas-ranking__name { text-decoration: underline; }
.atlas-ranking__name { overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow-wrap: anywhere; font-size: .875rem; line-height: 1.2; }
.atlas-ranking__track { height: 1.125rem; }
.atlas-ranking__bar { position: absolute; top: 0; bottom: 0; border: 1px solid var(--atlas-text-muted, #3a3a3a); box-sizing: border-box; }
.atlas-ranking__value { position: absolute; top: 0; line-height: 1.125rem; padding: 0 .25rem; white-space: nowrap; font-size: .8125rem; font-variant-numeric: tabular-nums; }
.atlas-ranking__item.is-selected .atlas-ranking__name { font-weight: 700; }
.atlas-ranking__item.is-selected .atlas-ranking__name::before { content: "▶ "; }
.atlas-ranking__item.is-selected .atlas-ranking__bar { outline: 3px solid currentColor; outline-offset: 1px; }
.atlas-ranking__item.is-hovered .atlas-ranking__bar { outline: 2px dashed currentColor; outline-offset: 1px; }
.atlas-ranking__item.is-hovered { background: var(--atlas-hover-bg, #f0f0f0); }
.atlas-ranking__gap { padding: .25rem 0 .25rem 1rem; margin: .25rem 0; color: var(--atlas-text-muted, #3a3a3a); font-size: .8125rem; font-style: italic; border-top: 1px dashed #929292; border-bottom: 1px dashed #929292; }
.atlas-ranking__overlay { position: absolute; inset: 0; pointer-events: none; }
.atlas-ranking__overlay > .atlas-ranking__row, .atlas-ranking__overlay .atlas-ranking__plot { height: 100%; }
.atlas-ranking__zero { position: absolute; top: 0; bottom: 0; border-left: 1px solid; }
.atlas-ranking__refline { position: absolute; top: 0; bottom: 0; border-left: 2px dashed; }
.atlas-ranking__refline[data-kind="median"] { border-left-style: dotted; }
.atlas-ranking__refline[data-kind="parent"] { border-left-color: var(--atlas-text-muted, #3a3a3a); }
.atlas-ranking__reflabels .atlas-ranking__plot { min-height: 1.25rem; }
.atlas-ranking__reflabel { position: absolute; top: 0; white-space: nowrap; font-size: .75rem; line-height: 1.25rem; transform: translateX(-50%); background: var(--atlas-bg, #fff); padding: 0 .125rem; }
.atlas-ranking__reflabel[data-align=start] { transform: none; }
.atlas-ranking__reflabel[data-align=end] { transform: translateX(-100%); }
.atlas-ranking__axis .atlas-ranking__plot { height: 1.5rem; border-top: 1px solid; margin-top: .25rem; }
.atlas-ranking__tick { position: absolute; top: 0; font-size: .75rem; transform: translateX(-50%); padding-top: .25rem; font-variant-numeric: tabular-nums; }
.atlas-ranking__tick::before { content: ""; position: absolute; top: 0; left: 50%; height: .25rem; border-left: 1px solid; }
.atlas-ranking__notes, .atlas-ranking__missing { margin-top: .5rem; font-size: .8125rem; }
.atlas-ranking__notes ul, .atlas-ranking__missing ul { margin: .25rem 0 0; padding-left: 1.25rem; }
.atlas-ranking__tooltip { margin: .25rem; padding: .25rem .5rem; font-size: .8125rem; max-width: min(18rem, 90%); pointer-events: none; }
.atlas-ranking__error { border-left: 4px solid #ce0500; padding: .5rem .75rem; background: #ffe9e9; color: #161616; }
@container (max-width: 30rem) {
  .atlas-ranking__row, .atlas-ranking__bar-button { grid-template-columns: minmax(0, 1fr); }
  .atlas-ranking__row > :first-child { display: none; }
  .atlas-ranking__name { -webkit-line-clamp: 3; }
  .atlas-ranking__plot { margin-right: 4.5rem; }
}
/* On paper: the bars (backgrounds, which browsers drop unless asked) and their values; not the controls. */
@media print { .atlas-ranking { print-color-adjust: exact; -webkit-print-color-adjust: exact; } .atlas-ranking__controls, .atlas-ranking__tooltip { display: none; } }
@media (forced-colors: active) {
  .atlas-ranking__bar { forced-color-adjust: none; border-color: CanvasText; }
  .atlas-ranking__item.is-selected .atlas-ranking__bar { outline-color: Highlight; }
  .atlas-ranking__zero, .atlas-ranking__refline { border-color: CanvasText; }
}
` + srOnlyCss
