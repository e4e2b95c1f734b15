import { describe, expect, it } from 'vitest'
import { splitColumns, splitRecords } from '../../../data-adapters/csv/records.js'
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
    expect([...map]).toEqual([['56', 'b'], ['99', 'c']])
    expect([...map.keys()]).toEqual(['56', '99'])
    expect([...map.values()]).toEqual(['b', 'c'])
    expect([map.get('29'), map.has('29'), map.get('99'), map.has('56')]).toEqual([undefined, false, 'c', true])
  })
})

describe('splitColumns', () => {
  it('reads as splitRecords does, by column', () => {
    for (const text of ['a,b\n1,2\n', 'n,v\r\n"Saint-Denis, La Réunion","a ""b"""\r\n"x\ny",2\n\nz,3', 'a\n\n1\n\n', 'a,b,c\n1,,\n', '""\na,b\n"",1\n']) {
      const { records, lines } = splitRecords(text, ',', 's')
      const c = splitColumns(text, ',', 's')
      expect(c.header).toEqual(records[0])
      expect(c.headerLine).toBe(lines[0])
      expect(c.lines).toEqual(lines.slice(1))
      expect(c.cells).toEqual(records[0]!.map((_, k) => records.slice(1).map((r) => r[k])))
      expect(c.ragged).toBeUndefined()
    }
  })

  it('leaves unread columns empty and still checks every field', () => {
    const c = splitColumns('Nom,Code\n"A",1\n,2\n', ',', 's', (h) => h.map((n) => n === 'Code'))
    expect(c.cells).toEqual([[], ['1', '2']])
    expect(splitColumns('Nom,Code\n,1\n,2,3\n', ',', 's', (h) => h.map((n) => n === 'Code')).ragged).toEqual({ fields: 3, line: 3 })
    // A record with one empty field is a blank line only if that field is really empty.
    expect(splitColumns('a,b\nx\n', ',', 's', () => [false, true]).ragged).toEqual({ fields: 1, line: 2 })
    expect(() => splitColumns('a,b\n"x"y,1\n', ',', 's', () => [false, true])).toThrow('s: row 2: unexpected "y" after a closing quote')
  })
})
