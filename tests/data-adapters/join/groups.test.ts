import { describe, expect, it } from 'vitest'
import { addToGroup, bySourceCode, type Groups } from '../../../data-adapters/join/groups.js'

describe('addToGroup', () => {
  it('keeps a single row as a number, and several as a list in order', () => {
    const g: Groups = new Map()
    addToGroup(g, '29', 0)
    addToGroup(g, '56', 1)
    addToGroup(g, '29', 2)
    addToGroup(g, '29', 5)
    expect(g).toEqual(new Map<string, number | number[]>([['29', [0, 2, 5]], ['56', 1]]))
  })
})

describe('bySourceCode', () => {
  it('splits the rows of a territory by the code the source gave', () => {
    expect(bySourceCode([0, 1, 3], ['01091', '01205', undefined, '01091'])).toEqual(new Map([['01091', [0, 3]], ['01205', [1]]]))
    expect(bySourceCode(2, [undefined, undefined, '29'])).toEqual(new Map([['29', [2]]]))
  })
})
