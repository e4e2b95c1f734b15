/**
 * The rules the map and the ranking share: the figure, its paragraphs, head, title and subtitle, its
 * buttons and selects and their focus ring, its foot, and the box of its tooltip. Written for the map's
 * block class, which the map's stylesheet takes as it is; another widget replaces that class by its own
 * (the ranking's styles.ts). One text in one module: the built parts hold it once (the ranking's chunk
 * reads it from the map's) and the widgets keep one look.
 */
export const mapHeadCss = `
.atlas-map { margin: 0; max-width: 100%; color: var(--atlas-text, #161616); }
.atlas-map p { margin: 0; }
.atlas-map__head { margin-bottom: .5rem; }
.atlas-map__title { font-weight: 700; font-size: 1.125rem; line-height: 1.4; }
.atlas-map__subtitle { color: var(--atlas-text-muted, #3a3a3a); }
.atlas-map button, .atlas-map select { font: inherit; color: var(--atlas-action, #000091); background: var(--atlas-bg, #fff); border: 1px solid currentColor; border-radius: 0; padding: .25rem .75rem; min-height: 2rem; cursor: pointer; }
.atlas-map button:focus-visible, .atlas-map select:focus-visible { outline: 3px solid var(--atlas-focus, #0a76f6); outline-offset: 2px; }
.atlas-map__foot { margin-top: .5rem; font-size: .8125rem; color: var(--atlas-text-muted, #3a3a3a); }
.atlas-map__tooltip { position: absolute; z-index: 2; background: #fff; color: #161616; border: 1px solid #161616; box-shadow: 0 2px 6px rgba(0,0,0,.25); }
`

