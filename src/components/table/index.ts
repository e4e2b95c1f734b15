export { ComparisonTable, type ComparisonTableProps } from './ComparisonTable.js'
export { computeComparison, foldName, viewTerritories, type ComparisonModel, type ComparisonRow, type ComparisonCell, type Reference } from './compute.js'
export { defaults as comparisonDefaults, type ExtraColumn } from './defaults.js'
