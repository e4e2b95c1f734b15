/** Where the overseas insets go: `column` left of the mainland (default), `row` below it. */
export type InsetLayout = 'column' | 'row'

export const INSET_LAYOUTS: readonly InsetLayout[] = ['column', 'row']
