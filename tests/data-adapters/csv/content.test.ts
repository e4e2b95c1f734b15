import { describe, expect, it } from 'vitest'
import { notCsv } from '../../../data-adapters/csv/content.js'

describe('notCsv (#8 item 13)', () => {
  it('defaults: a CSV-like text is not diagnosed (its own error stands), a first cell in angle brackets too', () => {
    expect(notCsv('Code,Total\n29,1\n', 'f.csv')).toBeUndefined()
    expect(notCsv('  \nCode;Total\n29;1', 'f.csv')).toBeUndefined()
    expect(notCsv('<1 an,Code\n3,29', 'f.csv')).toBeUndefined()
  })

  it('says an empty or blank file is empty, naming the source', () => {
    for (const text of ['', ' ', '\n\r\n', ' \t \n \n'])
      expect(notCsv(text, 'f.csv')).toMatchObject({ name: 'DataError', code: 'not-csv', reason: 'not-csv', params: { content: 'empty', source: 'f.csv' }, message: 'f.csv: the file is empty' })
  })

  it('says UTF-16 read without its byte-order mark, not « 1 fields where the header has 4 »', () => {
    // « Code,Total\n29,1 » in UTF-16LE without BOM, read as UTF-8: a NUL after each letter.
    const text = new TextDecoder().decode(new Uint8Array([...'Code,Total\n29,1\n'].flatMap((c) => [c.charCodeAt(0), 0])))
    expect(notCsv(text, 'f.csv')).toMatchObject({ params: { content: 'utf-16' }, message: 'f.csv: the file is UTF-16 without byte-order mark: save it as UTF-8' })
  })

  it('says an HTML page is not CSV, whatever its case and leading space', () => {
    for (const text of ['<!DOCTYPE html><html><body>Not found</body></html>', '\n  <html lang="fr">', '<?xml version="1.0"?><feed/>', '<HEAD>'])
      expect(notCsv(text, 'f.csv')).toMatchObject({ params: { content: 'html' }, message: 'f.csv: the file is an HTML page, not CSV: check the URL' })
  })
})
