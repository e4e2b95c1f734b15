/**
 * The error message's look (ErrorMessage.tsx adopts it): fetched with the message, when a widget
 * fails, not with any first paint. Its own dark text on its own light background, so it reads on a
 * light or dark page alike. The retry button keeps the system's look and focus ring.
 */
export const errorMessageCss = `
.atlas-error { border-left: 4px solid var(--atlas-error, #ce0500); padding: .5rem .75rem; margin: 0; background: var(--atlas-error-bg, #ffe9e9); color: #161616; }
.atlas-error p { margin: .25rem 0; }
.atlas-error code { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
.atlas-error button { font: inherit; padding: .25rem .75rem; margin: .25rem 0; cursor: pointer; }
`
