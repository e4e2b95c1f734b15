/** Styles every atlas element shares: a block box, the font, the loading line (the error message brings its own). */
// The box, the text colour and the line height are `!important`: in the shadow tree that wins over the
// page's normal rules, so a CMS theme's `* { all: unset }` cannot make the widget inline, grey or
// triple-spaced; nor can the letter spacing, case, indent or `nowrap` a theme sets on its text reach
// the widget's labels and figures through the host. The font stays the page's to set; colours are
// themed through `--atlas-*` properties (the dark scheme's values: theme.ts).
export const baseCss = `
:host { display: block !important; font-family: Marianne, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--atlas-text, #161616) !important; line-height: 1.5 !important; letter-spacing: normal !important; text-transform: none !important; text-indent: 0 !important; white-space: normal !important; }
:host([hidden]) { display: none !important; }
.atlas-loading { color: var(--atlas-text-muted, #3a3a3a); }
`
