export { CanvasShapes } from './CanvasShapes.js'
export { createPickIndex, type PickIndex } from './pick-index.js'
