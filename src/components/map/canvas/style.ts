/**
 * The strokes of the SVG renderer (see `mapCss` in ../styles.ts), for the canvas that CSS cannot
 * reach. Widths in viewBox units, like the SVG's. Fills are not here: they come from the model and
 * the page's CSS custom properties, resolved at draw time.
 */
export const CANVAS_STYLE = {
  shape: { color: '#fff', width: 0.6 },
  /** Opacity of the territories outside a highlighted class. */
  dimmed: 0.2,
  frame: { color: '#929292', width: 1 },
  highlight: { color: '#161616', width: 1.5 },
  /** The territory under the pointer: the SVG shows it by the browser's own cursor, the canvas outlines it. */
  hover: { color: '#161616', width: 1.5 },
  selected: { color: '#161616', width: 2.5, dash: [5, 2] },
  focus: { color: '#161616', width: 3 },
  /** Under each outline above, wider by this much: 3:1 against the lightest and the darkest class. */
  halo: { color: '#fff', extra: 4 },
} as const
