export { fromJSON } from './from-json.js'
export type { JsonOptions } from './from-json.js'
export { jsonRecords } from './records-of.js'
