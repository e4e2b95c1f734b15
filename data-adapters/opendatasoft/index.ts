export { fromOpendatasoft } from './from-opendatasoft.js'
export type { OpendatasoftOptions } from './options.js'
export { htmlToText } from './html-text.js'
