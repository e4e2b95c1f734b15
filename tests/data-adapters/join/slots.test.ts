import { describe, expect, it } from 'vitest'
import { codeKey, exactSlot, RowGroups, SlotMap, slotsOf } from '../../../data-adapters/join/groups.js'

describe('codeKey', () => {
  it('numbers commune-shaped codes one to one, and nothing else', () => {
    expect(codeKey('00000')).toBe(0)
    expect(codeKey('29019')).toBe(29019)
    expect(codeKey('2A004')).toBe(100004)
    expect(codeKey('2B999')).toBe(101999)
    for (const t of ['2C004', '2a004', '2904', '290190', ' 2901', '29 19', '2901a', '']) expect(codeKey(t)).toBe(-1)
  })
})

describe('slots', () => {
  const communes = Array.from({ length: 1500 }, (_, i) => ({ code: (i < 1400 ? String(10000 + i) : `2A${String(i).slice(1)}`) }))
  it('find exactly the codes of the list, densely or through the index', () => {
    const dense = slotsOf(communes)
    expect(dense.dense).toBeDefined()
    const sparse = slotsOf([{ code: '29' }, { code: '2A' }, { code: '971' }])
    expect(sparse.dense).toBeUndefined()
    expect(exactSlot(dense, '10005')).toBe(5)
    expect(exactSlot(dense, '2A401')).toBe(1401)
    for (const t of ['10005 ', '2a401', '99999', '1005']) expect(exactSlot(dense, t)).toBeUndefined()
    expect(exactSlot(sparse, '971')).toBe(2)
    expect(exactSlot(sparse, '2a')).toBeUndefined()
  })

  it('group rows by slot in order of first appearance, with extra codes after the list', () => {
    const g = new RowGroups(slotsOf([{ code: '29' }, { code: '56' }]))
    g.add(1, 0)
    g.add(g.slotOf('99'), 1, '099')
    g.add(1, 2, '056')
    expect([...g.order.subarray(0, g.size)]).toEqual([1, 2])
    expect(g.codeOf(2)).toBe('99')
    expect(g.bySourceCode(1)).toEqual(new Map([['56', [0]], ['056', [2]]]))
    expect(g.sourceCodeOf(2)).toBe('099')
    const map = new SlotMap(g, [undefined, 'b', 'c'])
    expect(map.size).toBe(2)
    expect([...map.entries()]).toEqual([['56', 'b'], ['99', 'c']])
    expect([...map.keys()]).toEqual(['56', '99'])
    expect([...map.values()]).toEqual(['b', 'c'])
    expect([map.get('29'), map.get('99'), map.get('56')]).toEqual([undefined, 'c', 'b'])
  })
})
