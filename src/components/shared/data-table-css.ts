/**
 * CSS of the shared {@link DataTable}, adopted by the widgets with their own sheet. A virtualised
 * table scrolls inside its wrapper (height `--atlas-table-height`, default 24rem) with a sticky
 * header and pinned rows; its rows keep one line so that every row has the measured height.
 */
export const dataTableCss = `
.atlas-table-wrap { position: relative; }
.atlas-table-wrap--virtual { max-height: var(--atlas-table-height, 24rem); overflow: auto; }
.atlas-table-wrap--virtual th, .atlas-table-wrap--virtual td { white-space: nowrap; }
.atlas-table-wrap--virtual thead th { position: sticky; top: 0; z-index: 2; background: var(--atlas-bg, #fff); }
.atlas-table__pinned th, .atlas-table__pinned td { position: sticky; top: var(--atlas-table-head, 0); z-index: 1; background: var(--atlas-bg-alt, #eeeef8); }
.atlas-table-wrap:focus-visible, .atlas-table tr[tabindex]:focus-visible { outline: 3px solid var(--atlas-focus, #0a76f6); outline-offset: -3px; }
.atlas-table tr[aria-current="true"] > * { background: var(--atlas-selected-bg, #e3e3fd); font-weight: 700; }
.atlas-table__spacer td { padding: 0 !important; border: 0 !important; }
.atlas-table__sort { display: inline-flex; gap: .25rem; align-items: baseline; font: inherit; font-weight: 700; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: left; }
.atlas-table__sort-mark { font-size: .75em; }
@media (forced-colors: active) { .atlas-table tr[aria-current="true"] > * { outline: 2px solid CanvasText; outline-offset: -2px; } }
`
