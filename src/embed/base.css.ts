/** Styles every atlas element shares: a block box, inherited font, the inline error message. */
export const baseCss = `
:host { display: block; font-family: Marianne, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--atlas-text, #161616); line-height: 1.5; }
:host([hidden]) { display: none; }
.atlas-error { border-left: 4px solid var(--atlas-error, #ce0500); padding: 0.5rem 0.75rem; margin: 0; background: var(--atlas-error-bg, #ffe9e9); color: #161616; }
.atlas-error code { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
.atlas-loading { color: var(--atlas-text-muted, #3a3a3a); }
`
