// The root export `atlas-culture` is a decided list: adding or removing a public name fails here
// until this list (and CHANGELOG.md) says so. Internals (option helpers, asset plumbing, colour
// science, geometry internals) stay out.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as root from '../src/index.js'

const VALUES = [
  // widgets
  'ChoroplethMap', 'choroplethMapDefaults', 'Legend', 'legendDefaults', 'RankingChart', 'rankingChartDefaults', 'ComparisonTable', 'comparisonTableDefaults', 'PortraitCard', 'portraitCardDefaults',
  // data
  'IndicatorTable', 'LEVELS', 'MISSING_STATUSES',
  // selection
  'createSelectionStore', 'joinGroup', 'selectionGroup',
  // languages, formatting, options
  'LANGS', 'formatNumber', 'formatRank', 'levelNames', 'AtlasError', 'OptionError',
  // territory registry
  'territories', 'territory', 'loadTerritories', 'findByName', 'checkCode', 'normalizeCode', 'children', 'parentOf', 'currentCommuneCode',
  // geometry and projection
  'setAssetBase', 'GEO_LEVELS', 'INSET_LAYOUTS', 'geoFrance', 'loadGeometry', 'projectFeatures',
  // classification and palettes
  'CLASS_METHODS', 'classify', 'classifyDefaults', 'classifyCategories', 'PALETTES', 'DEFAULT_PALETTES', 'sequentialColors', 'divergingColors', 'categoricalColors',
]

const TYPES = [
  'ChoroplethMapProps', 'TooltipInfo', 'RendererChoice', 'LegendProps', 'LegendOptions', 'RankingChartProps', 'RankingOrder', 'ReferenceKind', 'RatioParts', 'ComparisonTableProps', 'ComparisonReference', 'ComparisonReferenceKind', 'ExportFormat', 'PortraitCardProps', 'PortraitSubject', 'PortraitFigureInput',
  'Level', 'Status', 'MissingStatus', 'Cell', 'IndicatorMeta', 'JoinReport', 'Territory',
  'SelectionStore', 'View', 'Within', 'Lang', 'LevelName', 'CodeCheck', 'CodeOptions', 'Reason', 'ReasonCode',
  'GeoLevel', 'GeoWithin', 'GeoProperties', 'GeoFeature', 'LevelGeometry', 'GeoFrance', 'GeoFranceOptions', 'InsetFrame', 'InsetLayout', 'ProjectOptions', 'ProjectedGeometry',
  'ClassMethod', 'Classification', 'NumericClassification', 'CategoricalClassification', 'ValueClass', 'CategoryClass', 'ClassifyOptions', 'ClassifyCategoriesOptions', 'PaletteName', 'PaletteKind', 'Palette',
]

const source = readFileSync(fileURLToPath(import.meta.url).replace(/tests\/index\.test\.ts$/, 'src/index.ts'), 'utf8')

describe('src/index.ts (the root export)', () => {
  it('exports exactly the listed values', () => {
    expect(Object.keys(root).sort()).toEqual([...VALUES].sort())
  })

  it('exports exactly the listed types, each named (no export *)', () => {
    expect(source).not.toMatch(/^export\s*\*/m)
    const types = [...source.matchAll(/export type \{([^}]*)\}/g)].flatMap((m) => m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/).at(-1)!)).filter(Boolean)
    expect(types.sort()).toEqual([...TYPES].sort())
  })

  it('keeps internals out', () => {
    for (const name of ['number', 'string', 'invalid', 'abortable', 'projectOptions', 'deltaE', 'assetBase', 'assetUrl', 'loadAsset', 'emptyReport', 'computeMap', 'computeRanking', 'computePortrait', 'mergeTopologies'])
      expect(root).not.toHaveProperty(name)
  })
})
