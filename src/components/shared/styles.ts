const sheets = new Map<string, CSSStyleSheet>()

/**
 * Adopts `cssText` in the document or shadow root holding `node`, once per root: a constructable
 * stylesheet, no `<style>` element and no inline style attribute, so widgets work under
 * `style-src 'self'` without `'unsafe-inline'`. One sheet per text, shared by every root of the page.
 * Does nothing where constructable stylesheets are missing (old browsers, some test DOMs).
 */
export function adoptCss(node: Node, cssText: string): void {
  const root = node.getRootNode()
  if (!(root instanceof Document || root instanceof ShadowRoot) || !('adoptedStyleSheets' in root) || typeof CSSStyleSheet === 'undefined') return
  let sheet = sheets.get(cssText)
  if (!sheet) {
    sheet = new CSSStyleSheet()
    try {
      sheet.replaceSync(cssText)
    } catch {
      return
    }
    sheets.set(cssText, sheet)
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
}
