/**
 * Text for screen readers only, hidden on screen: every widget's stylesheet ends with this rule (its
 * own, for pages that use a widget alone), from this one module, so the built parts hold it once.
 */
export const srOnlyCss = `
.atlas-sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
`
