export { joinRows } from './join-rows.js'
export type { JoinContext, ParsedRows } from './join-rows.js'
