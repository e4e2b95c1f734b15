// Prints the closing line of `npm test` in the plain form CI reads: "tests: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs'

const r = JSON.parse(readFileSync(new URL('../.vitest-results.json', import.meta.url), 'utf8'))
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`)
process.exit(r.numFailedTests === 0 && r.numPassedTests > 0 ? 0 : 1)
