import { currentCommuneCode, territory } from '../../../src/core/registry/index.js'
import type { View } from '../../../src/core/view.js'

/** inArea as defined before its prefix test (issue #10): the registry's département or region, for every code. */
export function registryInArea(view: View, code: string): boolean {
  const { level, within } = view
  if (!within) return true
  const t = territory(level, level === 'commune' ? (currentCommuneCode(code) ?? code) : code)
  return (within.level === 'region' ? t?.region : t?.departement) === within.code
}
