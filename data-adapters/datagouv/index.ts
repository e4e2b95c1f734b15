export { fromDataGouv } from './from-datagouv.js'
export type { DataGouvOptions } from './options.js'
