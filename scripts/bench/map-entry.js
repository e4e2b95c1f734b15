// Entry of the benchmark page bundle: what a host page using the map ships (built by scripts/bench-map.mjs),
// plus topojson-client's `feature` and d3-geo's `geoPath` for the bare d3 floor page.
import { h, render } from 'preact'
import { feature } from 'topojson-client'
import { geoPath } from 'd3-geo'
import { ChoroplethMap, geoFrance, setAssetBase } from '../../dist/index.js'
import { fromCSV, fromRecords } from '../../dist/data-adapters.js'

window.atlasBench = { h, render, ChoroplethMap, setAssetBase, fromCSV, fromRecords, feature, geoPath, geoFrance }
