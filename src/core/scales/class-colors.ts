import type { Classification } from './classification.js'
import { categoricalColors, DEFAULT_PALETTES, divergingColors, PALETTES, sequentialColors, type PaletteName } from './palettes.js'

/**
 * The default colour of each class of `classification`, as `#rrggbb`, in class order:
 * - numeric with a reference → the diverging palette (`below` classes on the cool side);
 * - numeric, or categorical with `ordered` categories → the sequential palette;
 * - unordered categories → the categorical palette.
 * `palette` overrides the choice but must be of the kind needed; throws otherwise.
 */
export function classColors(classification: Classification, palette?: PaletteName): string[] {
  const n = classification.classes.length
  if (n === 0) return []
  if (classification.kind === 'numeric' && classification.reference !== undefined) {
    const p = PALETTES[palette ?? DEFAULT_PALETTES.diverging]
    // A reference outside the values leaves one side without class: the other is then sequential.
    if (classification.below > 0 && classification.below < n) return divergingColors(p, classification.below, n - classification.below)
    if (p.kind === 'diverging') return divergingColors(p, classification.below, n - classification.below)
  }
  if (classification.kind === 'categorical' && !classification.ordered) return categoricalColors(PALETTES[palette ?? DEFAULT_PALETTES.categorical], n)
  return sequentialColors(PALETTES[palette ?? DEFAULT_PALETTES.sequential], n)
}
