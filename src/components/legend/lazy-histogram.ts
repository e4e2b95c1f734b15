import { lazyComponent } from '../shared/lazy.js'

/** The legend's histogram, drawn only when asked for: its code is fetched then (or preloaded). */
export const LegendHistogram = lazyComponent(() => import('./LegendHistogram.js').then((m) => m.LegendHistogramOf))
