import type { Lang } from '../locale.js'
import type { ClassMethod } from './classification.js'

/** Names of the classification methods, as legends show them. */
export const METHOD_LABELS: Readonly<Record<Lang, Readonly<Record<ClassMethod | 'categorical', string>>>> = {
  fr: { quantile: 'Quantiles', equal: 'Intervalles égaux', jenks: 'Seuils naturels (Jenks)', manual: 'Seuils manuels', categorical: 'Catégories' },
  en: { quantile: 'Quantiles', equal: 'Equal intervals', jenks: 'Natural breaks (Jenks)', manual: 'Manual thresholds', categorical: 'Categories' },
}
