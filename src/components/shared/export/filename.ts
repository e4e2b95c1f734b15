import type { View } from '../../../core/selection.js'

/** `atlas-<indicator>-<level>[-<within>].<ext>`: the same view always gives the same name. */
export function exportFileName(indicatorId: string, view: View, ext: 'png' | 'svg' | 'csv'): string {
  const parts = ['atlas', indicatorId, view.level, ...(view.within ? [view.within.code] : [])]
  return `${parts.map((p) => p.replace(/[^A-Za-z0-9_-]+/g, '-')).join('-').replace(/-+/g, '-').toLowerCase()}.${ext}`
}
