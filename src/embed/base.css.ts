/** Styles every atlas element shares: a block box, inherited font, the inline error message. */
// The box, the text colour and the line height are `!important`: in the shadow tree that wins over the
// page's normal rules, so a CMS theme's `* { all: unset }` cannot make the widget inline, grey or
// triple-spaced. The font stays the page's to set; colours are themed through `--atlas-*` properties.
export const baseCss = `
:host { display: block !important; font-family: Marianne, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--atlas-text, #161616) !important; line-height: 1.5 !important; }
:host([hidden]) { display: none !important; }
.atlas-error { border-left: 4px solid var(--atlas-error, #ce0500); padding: 0.5rem 0.75rem; margin: 0; background: var(--atlas-error-bg, #ffe9e9); color: #161616; }
.atlas-error p { margin: 0.25rem 0; }
.atlas-error code { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
.atlas-loading { color: var(--atlas-text-muted, #3a3a3a); }
`
