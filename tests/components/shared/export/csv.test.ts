import { describe, expect, it } from 'vitest'
import { csvText } from '../../../../src/components/shared/export/csv.js'

const rows = [
  { code: '29', name: 'Finistère', value: 2.5, status: 'ok' as const },
  { code: '53', name: 'Mayenne', value: null, status: 'secret' as const },
  { code: '2A', name: 'Corse; "du Sud"', value: 0.1 + 0.2, status: 'ok' as const },
]

describe('csvText', () => {
  it('by default for French: BOM, ; between fields, decimal comma, CRLF, header code;nom;valeur;statut', () => {
    expect(csvText(rows.slice(0, 2), { lang: 'fr' })).toBe('\ufeffcode;nom;valeur;statut\r\n29;Finistère;2,5;ok\r\n53;Mayenne;;secret\r\n')
  })
  it('in English: , and decimal point; the unit goes in the value header', () => {
    expect(csvText(rows.slice(0, 1), { lang: 'en', unit: '%' })).toBe('\ufeffcode,name,value (%),status\r\n29,Finistère,2.5,ok\r\n')
  })
  it('quotes fields holding the delimiter or quotes, and drops float noise', () => {
    expect(csvText(rows.slice(2), { lang: 'fr' }).split('\r\n')[1]).toBe('2A;"Corse; ""du Sud""";0,3;ok')
  })
  it('keeps text that a spreadsheet would run as a formula inert, negative numbers aside', () => {
    const out = csvText([{ code: '=1+1', name: '@x', value: -2, status: 'ok' }], { lang: 'en' })
    expect(out.split('\r\n')[1]).toBe("'=1+1,'@x,-2,ok")
  })
  it('escapes text that starts like a negative number but is a formula; only the numbers it writes stay bare', () => {
    const attack = "-2+3+cmd|' /C calc'!A0"
    const out = csvText([
      { code: attack, name: '-1', value: -2.5, status: 'ok' },
      { code: '29', name: '\tx', value: null, status: 'ok', category: '+33 1' },
      { code: '\r=1', name: 'ok', value: -1e-9, status: 'ok' },
    ], { lang: 'en' }).split('\r\n')
    expect(out[1]).toBe(`'${attack},'-1,-2.5,ok`)
    expect(out[2]).toBe("29,'\tx,'+33 1,ok")
    expect(out[3]).toBe('"\'\r=1",ok,-1e-9,ok')
  })
  it('writes the category of a categorical indicator in the value column', () => {
    expect(csvText([{ code: '29019', name: 'Brest', value: null, status: 'ok', category: 'Dense' }], { lang: 'fr' }).split('\r\n')[1]).toBe('29019;Brest;Dense;ok')
  })
})
