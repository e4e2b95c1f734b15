export * from './map/index.js'
export * from './legend/index.js'
export * from './ranking/index.js'
export * from './table/index.js'
