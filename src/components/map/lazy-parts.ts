import { lazyComponent } from '../shared/lazy.js'

// The map's parts that only serve an action or an optional view, fetched when first shown.
export const DataTable = lazyComponent(() => import('./DataTable.js').then((m) => m.DataTable))
// Fetched when a view cannot be drawn: the error tables are no part of a first paint.
export const ErrorMessage = lazyComponent(() => import('../shared/ErrorMessage.js').then((m) => m.ErrorMessage))
export const CanvasShapes = lazyComponent(() => import('./canvas/CanvasShapes.js').then((m) => m.CanvasShapes))
