/** Values of an element's `theme` attribute (the scheme itself is drawn by ./theme.ts, fetched for `dark` and `auto` only). */
export const THEMES = ['light', 'dark', 'auto'] as const
export type Theme = (typeof THEMES)[number]
