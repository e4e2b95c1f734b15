// Size budget, enforced in `npm test`: fails when a shipped file, or the JS a page of widgets loads,
// grows past its gzip budget (scripts/size-budgets.mjs).
import { existsSync } from 'node:fs'
import { KB, fileBudgets, furtherWidgetBudget, gzipSize, pageBudgets, pageFiles } from './size-budgets.mjs'

let failed = false
const report = (name, size, budget) => {
  const ok = size <= budget
  if (!ok) failed = true
  console.log(`size: ${ok ? 'ok  ' : 'OVER'} ${name} ${(size / KB).toFixed(1)} KB gzip (budget ${(budget / KB).toFixed(0)} KB)`)
}
for (const [path, budget] of Object.entries(fileBudgets)) {
  if (!existsSync(path)) {
    console.error(`size: ${path} is missing (run npm run build)`)
    failed = true
    continue
  }
  report(path, gzipSize(path), budget)
}
for (const [page, { parts, budget }] of Object.entries(pageBudgets)) {
  try {
    const files = pageFiles(parts)
    report(`page "${page}" (${files.length} files)`, files.reduce((sum, f) => sum + gzipSize(`dist/${f}`), 0), budget)
  } catch (error) {
    console.error(`size: ${error.message} (run npm run build)`)
    failed = true
  }
}
// Issue #14: what a further widget kind adds to the one-map page (its own chunks).
try {
  const pageSize = (name) => pageFiles(pageBudgets[name].parts).reduce((sum, f) => sum + gzipSize(`dist/${f}`), 0)
  const base = pageSize(furtherWidgetBudget.base)
  for (const page of furtherWidgetBudget.pages) report(`added by "${page}" over "${furtherWidgetBudget.base}"`, pageSize(page) - base, furtherWidgetBudget.budget)
} catch (error) {
  console.error(`size: ${error.message} (run npm run build)`)
  failed = true
}
process.exit(failed ? 1 : 0)
