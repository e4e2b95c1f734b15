import { DataError } from '../errors.js'

/**
 * The records of a JSON document: an array of objects, or a GeoJSON FeatureCollection (the
 * `properties` of each feature; a feature without properties is an empty record).
 */
export function jsonRecords(doc: unknown, source: string): unknown[] {
  if (Array.isArray(doc)) return doc
  if (typeof doc === 'object' && doc !== null && (doc as { type?: unknown }).type === 'FeatureCollection') {
    const features = (doc as { features?: unknown }).features
    if (!Array.isArray(features)) throw new DataError(source, 'FeatureCollection without a features array')
    return features.map((f: unknown, i) => {
      if (typeof f !== 'object' || f === null) throw new DataError(source, 'a feature must be an object', { row: i + 1 })
      return (f as { properties?: unknown }).properties ?? {}
    })
  }
  throw new DataError(source, 'expected an array of records or a GeoJSON FeatureCollection')
}
