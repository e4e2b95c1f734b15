export { joinRows, joinTable } from './join-rows.js'
export { tableOfColumns, tableOfRows, type RowTable } from './table.js'
export type { JoinContext, ParsedRows } from './join-rows.js'
