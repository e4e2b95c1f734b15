export * from './spec.js'
export { widgetSpec } from './widget.js'
