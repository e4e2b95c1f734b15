// Script-tag entry: defines the custom elements. Widgets register themselves here as they land.
export * from '../index.js'
