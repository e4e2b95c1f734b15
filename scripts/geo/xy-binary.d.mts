// Types of ./xy-binary.mjs, for the tests that read the map's binary files.
import type { Topology } from 'topojson-specification'

export const MAGIC: string
export function checksum(bytes: Uint8Array): number
export function encodeXy(topo: Topology): Buffer
export function decodeXy(buffer: Uint8Array): Topology
