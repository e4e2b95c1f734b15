/**
 * CSS of the shared {@link DataTable}, adopted by the table itself before the widget's own rules: the
 * look every widget's table shares (caption, cells, right-aligned figures). A virtualised
 * table scrolls inside its wrapper (height `--atlas-table-height`, default 24rem) with a sticky
 * header; its rows keep one line of a set height (a glyph from a fallback font, « 3ᵉ », would make
 * a `normal` line taller) so that every row has the measured height. Pinned rows are styled by the
 * one widget that pins them, the comparison table (its `tableCss`).
 */
export const dataTableCss = `
/* A wide table scrolls sideways in its box (a region and a tab stop, or rows that take focus). */
.atlas-table-wrap { position: relative; max-width: 100%; overflow-x: auto; }
.atlas-table { font-size: .875rem; border-spacing: 0; }
.atlas-table caption { text-align: left; font-weight: 700; padding-bottom: .25rem; }
.atlas-table th, .atlas-table td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #929292; }
.atlas-table .atlas-num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
/* No scroll anchoring: the browser would move the scroll position when the spacers change under it. */
.atlas-table-wrap--virtual { max-height: var(--atlas-table-height, 24rem); overflow: auto; overflow-anchor: none; }
.atlas-table-wrap--virtual th, .atlas-table-wrap--virtual td { white-space: nowrap; line-height: 1.5; }
.atlas-table-wrap--virtual thead th { position: sticky; top: 0; z-index: 2; background: var(--atlas-bg, #fff); }
.atlas-table-wrap:focus-visible, .atlas-table tr[tabindex]:focus-visible { outline: 3px solid var(--atlas-focus, #0a76f6); outline-offset: -3px; }
/* The selected row: bold, over a rule in the text's colour (no background of its own: it reads on a host's dark page that sets the text colour only); a shadow, not a border, keeps every row one height. */
.atlas-table tr[aria-current="true"] > * { font-weight: 700; box-shadow: inset 0 -3px currentColor; }
.atlas-table button { display: inline-flex; gap: .25rem; align-items: baseline; font: inherit; font-weight: 700; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: left; }
.atlas-table button span { font-size: .75em; }
@media (forced-colors: active) { .atlas-table tr[aria-current="true"] > * { outline: 2px solid CanvasText; outline-offset: -2px; } }
`
