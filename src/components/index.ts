export * from './map/index.js'
