export { MapExportToolbar, type MapExportToolbarProps } from './MapExportToolbar.js'
export { exportDocument, cssFallback, type ExportDocument, type ExportLegendEntry } from './document.js'
export { standaloneSvg, exportSize } from './svg.js'
