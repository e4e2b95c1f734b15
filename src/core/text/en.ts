import type { Texts } from './fr.js'
import { levelsEn } from './levels.en.js'
import { ordinal } from './ordinal.en.js'

export { ordinal }

/** Every word the widgets show in English, and the rules of English text. Same shape as {@link fr}. */
export const en: Texts = {
  colon: ':',
  isPlural: (n: number) => n !== 1,

  wholeFrance: 'All of France',
  source: 'Source',
  legend: 'Legend',
  loading: 'Loading…',
  territories: ['territory', 'territories'],
  levels: levelsEn,
  statuses: { secret: 'Statistical secrecy', 'not-available': 'Not available', 'not-applicable': 'Not applicable', invalid: 'Invalid value in the source' },
  methods: { quantile: 'Quantiles', equal: 'Equal intervals', jenks: 'Natural breaks (Jenks)', manual: 'Manual thresholds', categorical: 'Categories' },
  credit: 'Boundaries: IGN Admin Express COG 2018',

  range: {
    all: 'all values',
    below: (upper) => `less than ${upper}`,
    above: (lower) => `${lower} or more`,
    between: (lower, upper) => `${lower} to less than ${upper}`,
  },
  rank: (rank, total) => `${ordinal(rank)} of ${total}`,

  legendText: {
    eitherSide: (reference) => `, either side of ${reference}`,
    reduced: (made, requested) => `${made} classes instead of ${requested}, so that none is empty`,
    histogram: (n, min, max) => `Distribution of the ${n} values, from ${min} to ${max}`,
  },

  map: {
    loading: 'Loading the map…',
    failed: 'The map could not be loaded',
    noTable: (levels) => `No data by ${levels} for this indicator.`,
    mapLabel: (title, levels) => `Map: ${title}, by ${levels}`,
    instructions: 'Arrows: neighbouring territory. Home, End: first, last territory. Type the first letters of a name to go there. Enter: select. Escape: close the tooltip.',
    home: '← All of France',
    back: (name) => `← ${name}`,
    showTable: 'Show the data table',
    hideTable: 'Hide the data table',
    territory: 'Territory',
    code: 'Code',
    value: 'Value',
    rank: 'Rank',
    class: 'Class',
    classOf: (i, n) => `class ${i} of ${n}`,
    unknownCodes: ['unknown code', 'unknown codes'],
    noOutline: ['commune without a 2018 outline', 'communes without a 2018 outline'],
    chooseArea: 'Area shown',
    insets: 'Insets, top to bottom',
    selected: (name) => `${name} selected`,
    deselected: (name) => `${name} deselected`,
    noMatch: (text) => `No name starts with "${text}"`,
    caption: (title, area, year) => `${title}${year ? `, ${year}` : ''} — ${area}`,
    summary: {
      min: 'Minimum',
      max: 'Maximum',
      missing: (count) => `${count} without a value`,
      noValue: 'No value',
      others: ['other', 'others'],
      and: (others) => ` and ${others}`,
    },
  },

  export: {
    label: 'Download',
    png: 'picture of the map',
    svg: 'vector picture of the map',
    csv: 'data shown, spreadsheet',
    failed: 'The download failed',
    columns: ['code', 'name', 'value', 'status'],
  },

  element: {
    unavailable: 'Widget unavailable',
  },
}
