/** The export toolbar's CSS, adopted beside its widget's (constructable stylesheet: nothing inline). */
export const exportCss = `
.atlas-map__export { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem .5rem; margin-top: .5rem; font-size: .875rem; }
.atlas-map__export .atlas-map__export-button { min-height: 2rem; padding: .125rem .625rem; }
.atlas-map__export-sep { color: var(--atlas-text-muted, #3a3a3a); }
@media print { .atlas-map__export { display: none; } }
`
