// Printing helpers of the print tests (portrait, map): a test page served by the example server's origin,
// and the page count of a PDF printed by Chromium.
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { repo, type Site } from '../examples/atlas-browser.js'

// The example server's own policy (scripts/serve.mjs is plain JavaScript: a variable specifier).
const serve = pathToFileURL(`${repo}scripts/serve.mjs`).href
const { CSP } = (await import(/* @vite-ignore */ serve)) as { CSP: string }

/** Serves `html` at `path` of the example server's origin (same origin as /dist/ and /data/), with the strict CSP. */
export async function servePage(page: Page, site: Site, path: string, html: string): Promise<string> {
  const url = `${site.base}${path}`
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP }, body: html }))
  return url
}

/** Pages of a PDF printed by Chromium: its `/Type /Page` objects (not `/Pages`, the tree's nodes). */
export function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
}
