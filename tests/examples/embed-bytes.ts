// Shared by the script-tag example tests: the page budgets, the scripts a page requests and what
// they weigh as served.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { repo } from './atlas-browser.js'

/** The page budgets and the files of each page (scripts/size-budgets.mjs, read from the built dist/). */
export async function budgets() {
  return (await import(/* @vite-ignore */ `${repo}scripts/size-budgets.mjs`)) as {
    pageBudgets: Record<string, { budget: number }>
    furtherWidgetBudget: { budget: number }
    pageFiles: (parts: string[] | 'all', dist: string) => string[]
  }
}

/**
 * The scripts a page requests, as dist/ file names. Requests are recorded as they start (synchronously),
 * so the list taken at `atlas-ready` is what the page fetched before its first paint.
 */
export function scriptRequests(page: Page): string[] {
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.replace('/dist/', ''))
  })
  return scripts
}

/** What files weigh as served: gzip -9 of each. */
export const gzipBytes = (files: readonly string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(`${repo}dist/${f}`), { level: 9 }).length, 0)
