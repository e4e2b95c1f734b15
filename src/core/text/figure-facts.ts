import type { FrenchName } from '../registry/liaison.js'
import type { Level, Status } from '../types.js'

/** Where a value stands against its reference. */
export type Position = 'above' | 'below' | 'equal'

/** What one reading sentence of a portrait says; every text in it is already formatted. */
export interface FigureFacts {
  /** The territory: French forms (article, « de », « en ») and the plain name for English. */
  readonly name: FrenchName
  readonly plainName: string
  /** The indicator's label (« Part des actifs dans les secteurs culturels »). */
  readonly label: string
  /**
   * Optional words that read after the value (« d’actifs dans les secteurs culturels »), for the
   * sentence « Avec 2,3 % d’actifs… »; without it the label is quoted.
   */
  readonly phrase?: string
  readonly status: Status
  /** The value with its unit (« 2,3 % »); ignored when `status` is not `ok`. */
  readonly valueText: string
  /** The comparison with the first reference (France, or the métropole for France itself). */
  readonly comparison?: {
    readonly position: Position
    /** Which reference: the nation, the parent territory, metropolitan France. */
    readonly reference: 'france' | 'parent' | 'metro'
    readonly referenceName?: FrenchName
    readonly referenceText: string
    /** Territories the national value leaves out (« Mayotte »). Default: none. */
    readonly except?: string
  }
  /** The rank among the peers (1 for the highest), ties sharing the best rank. */
  readonly rank?: FigureRank
}

/** A rank among the territories of a level, in France or in one area (`within`). */
export interface FigureRank {
  readonly rank: number
  readonly total: number
  readonly tied: boolean
  readonly level: Level
  /** The area the peers are in (« de la Bretagne »). Default: France entière. */
  readonly area?: FrenchName
}
