/** The toolbar's CSS, adopted beside the map's (constructable stylesheet: nothing inline). */
export const exportCss = `
.atlas-map__export { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem .5rem; margin-top: .5rem; font-size: .875rem; }
.atlas-map__export .atlas-map__export-button { min-height: 2rem; padding: .125rem .625rem; }
.atlas-map__export-sep { color: var(--atlas-text-muted, #3a3a3a); }
`

const sheets = new WeakMap<Document | ShadowRoot, CSSStyleSheet>()

/** Adopts {@link exportCss} in the document or shadow root holding `node`, once per root. */
export function adoptExportCss(node: Node): void {
  const root = node.getRootNode()
  if (!(root instanceof Document || root instanceof ShadowRoot) || typeof CSSStyleSheet === 'undefined' || sheets.has(root)) return
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(exportCss)
  sheets.set(root, sheet)
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
}
