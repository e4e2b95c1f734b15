/** The CSS of the map's data table, adopted by the table itself: it is not part of the map's first paint. */
export const mapTableCss = `
.atlas-map__table-wrap { max-width: 100%; overflow-x: auto; margin-top: .5rem; }
.atlas-map__table { border-collapse: collapse; font-size: .875rem; }
.atlas-map__table caption { text-align: left; font-weight: 700; padding-bottom: .25rem; }
.atlas-map__table th, .atlas-map__table td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #929292; }
.atlas-map__table tr[aria-current] > * { font-weight: 700; border-bottom: 3px solid currentColor; }
.atlas-map__table-wrap:focus-visible { outline: 3px solid var(--atlas-focus, #0a76f6); outline-offset: 2px; }
.atlas-map__table .atlas-num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
`
