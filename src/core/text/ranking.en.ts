import { ordinal } from './ordinal.en.js'
import type { RankingTexts } from './ranking.fr.js'

/** The ranking chart's words in English. Same shape as {@link rankingFr}. */
export const rankingEn: RankingTexts = {
  loading: 'Loading the ranking…',
  failed: 'The ranking could not be shown',
  help: 'Up and down arrows: next or previous territory. Home, End: first, last. Enter: select.',
  sort: 'Sort',
  orders: { desc: 'highest first', asc: 'lowest first', name: 'by name' },
  showAll: (count) => `Show all (${count})`,
  showFewer: 'Show fewer',
  notShown: ['territory not shown', 'territories not shown'],
  tied: (rank, total) => `tied ${ordinal(rank)} of ${total}`,
  selection: 'Selected',
  missing: 'No value',
  listSeparator: '; ',
  metro: 'Metropolitan France',
  median: 'Median',
  references: 'References',
  origins: {
    data: 'value from the source',
    pooled: 'sum of numerators over sum of denominators',
    median: (count) => `of the ${count} territories shown`,
  },
  export: { png: 'picture of the ranking', svg: 'vector picture of the ranking' },
}
