export { DataTable, type DataColumn, type DataTableProps } from './DataTable.js'
export { dataTableCss } from './data-table.css.js'
export { nextSort, sortOrder, type SortDirection, type SortState } from './sort.js'
export { VIRTUAL_DEFAULTS, virtualWindow, keyTarget, scrollToRow, type VirtualDefaults, type RowWindow } from './virtual-window.js'
