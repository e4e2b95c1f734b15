/**
 * Styles for a shadow root through a constructable stylesheet: no `<style>` element and no inline
 * style attribute, so the embed works under `style-src 'self'` without `'unsafe-inline'`.
 */
const sheets = new Map<string, CSSStyleSheet>()

export function adoptStyles(root: ShadowRoot, cssText: string): void {
  let sheet = sheets.get(cssText)
  if (!sheet) {
    sheet = new CSSStyleSheet()
    sheet.replaceSync(cssText)
    sheets.set(cssText, sheet)
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
}
