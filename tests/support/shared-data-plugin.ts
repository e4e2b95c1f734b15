import { createReadStream, statSync } from 'node:fs'
import { join, normalize } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Serves the reference data folder (`../shared/data`, beside the checkout) at `/data/`, the same URL
 * the example site uses (scripts/serve.mjs), so tests and stories read it in place wherever the
 * checkout lives — never a copy, never an absolute path.
 */
export function sharedData(dir: string): Plugin {
  return {
    name: 'atlas-shared-data',
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const file = normalize(join(dir, decodeURIComponent((req.url ?? '').split('?')[0]!)))
        if (!file.startsWith(dir)) return next()
        try {
          if (!statSync(file).isFile()) return next()
        } catch {
          return next()
        }
        res.setHeader('content-type', file.endsWith('.json') ? 'application/json' : 'text/csv; charset=utf-8')
        createReadStream(file).pipe(res)
      })
    },
  }
}
