/**
 * Rows grouped by the current territory they join, then by the code the source gave: several rows of
 * one source code are duplicates (combined through `aggregate`); several source codes of one current
 * commune are communes merged since the source's vintage.
 */
export type Groups = Map<string, Map<string, number[]>>

export function addToGroup(groups: Groups, code: string, sourceCode: string, index: number): void {
  let bySource = groups.get(code)
  if (!bySource) groups.set(code, (bySource = new Map()))
  const rows = bySource.get(sourceCode)
  if (rows) rows.push(index)
  else bySource.set(sourceCode, [index])
}
