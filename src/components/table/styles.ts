import { srOnlyCss } from '../shared/sr-only.css.js'

/** The comparison table's CSS (adopted by the component after the shared table's own; see adoptCss). */
export const tableCss = `
.atlas-cmp { color: var(--atlas-text, #161616); max-width: 100%; }
.atlas-cmp__filter { display: flex; flex-wrap: wrap; gap: .25rem .5rem; align-items: center; margin-bottom: .5rem; }
.atlas-cmp__filter input { font: inherit; padding: .25rem .5rem; border: 1px solid var(--atlas-text-muted, #3a3a3a); min-height: 2rem; max-width: 100%; }
/* Its buttons (sort headers, the CSV download) take the widgets' focus ring, and the download the map's and ranking's look. */
.atlas-cmp__filter input:focus-visible, .atlas-cmp button:focus-visible { outline: 3px solid var(--atlas-focus, #0a76f6); outline-offset: 2px; }
.atlas-cmp .atlas-map__export-button { font: inherit; color: var(--atlas-action, #000091); background: var(--atlas-bg, #fff); border: 1px solid; }
.atlas-table__pinned th, .atlas-table__pinned td { position: sticky; top: var(--atlas-table-head, 0); z-index: 1; background: var(--atlas-bg-alt, #eeeef8); }
.atlas-cmp .atlas-table-wrap { max-height: var(--atlas-table-height, 24rem); overflow: auto; }
/* The caption wraps within the box's visible width and stays there when the table scrolls sideways (its width from ComparisonTable's render). */
.atlas-cmp .atlas-table caption { position: sticky; left: 0; max-width: var(--atlas-cmp-box); }
.atlas-cmp .atlas-table th, .atlas-cmp .atlas-table td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #929292; white-space: nowrap; background: var(--atlas-bg, #fff); }
.atlas-cmp .atlas-table thead th { position: sticky; top: 0; z-index: 2; vertical-align: bottom; }
.atlas-cmp .atlas-table th[scope="row"], .atlas-cmp .atlas-table thead th:first-child { position: sticky; left: 0; z-index: 1; }
.atlas-cmp .atlas-table thead th:first-child { z-index: 3; }
.atlas-cmp .atlas-table tbody tr { cursor: pointer; }
.atlas-cmp .atlas-table tbody tr:hover > * { background: var(--atlas-hover-bg, #f6f6f6); }
.atlas-cmp .atlas-table tr[aria-current="true"] > * { background: var(--atlas-selected-bg, #e3e3fd); }
.atlas-cmp__ref > * { background: var(--atlas-bg-alt, #eeeef8) !important; font-style: italic; border-bottom: 2px solid var(--atlas-text-muted, #3a3a3a) !important; }
.atlas-num { text-align: right !important; font-variant-numeric: tabular-nums; }
.atlas-cmp__bar { display: block; position: relative; height: .375rem; min-width: 4rem; margin-top: .125rem; }
.atlas-cmp__bar span { position: absolute; top: 0; bottom: 0; background: var(--atlas-bar, #000091); }
.atlas-cmp__bar span.atlas-cmp__neg { background: var(--atlas-bar-negative, #ce0500); }
@media print { .atlas-cmp { print-color-adjust: exact; -webkit-print-color-adjust: exact; } .atlas-cmp__filter { display: none; } .atlas-cmp .atlas-table-wrap:not(.atlas-table-wrap--virtual) { max-height: none; overflow: visible; } }
@media (forced-colors: active) { .atlas-cmp__bar span { background: CanvasText; } }
` + srOnlyCss
