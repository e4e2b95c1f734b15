import { describe, expect, it } from 'vitest'
import { decodeEntities, htmlToText } from '../../../data-adapters/opendatasoft/html-text.js'

describe('htmlToText', () => {
  it('leaves plain text as it is', () => {
    expect(htmlToText('Nombre d’entrées')).toBe('Nombre d’entrées')
  })

  it('drops tags, scripts, styles and comments, keeping block breaks', () => {
    const html = '<p>Entrées dans les <b>musées</b>&nbsp;: payantes &amp; gratuites.</p><script>alert("x")</script><style>p{}</style><!-- note --><ul><li>2019</li><li>2020</li></ul>'
    expect(htmlToText(html)).toBe('Entrées dans les musées\u00a0: payantes & gratuites.\n2019\n2020')
  })

  it('never keeps a handler or URL of an unclosed tag', () => {
    expect(htmlToText('Texte <img src=x onerror=alert(1)')).toBe('Texte')
    expect(htmlToText('<a href="javascript:alert(1)">lien</a>')).toBe('lien')
  })

  it('collapses blank lines and spaces', () => {
    expect(htmlToText('<p>a</p>\n\n<p></p><p>  b   c </p>')).toBe('a\nb c')
  })
})

describe('decodeEntities', () => {
  it('decodes numeric, named and accented references', () => {
    expect(decodeEntities('d&#39;art &#x2019; &eacute;t&eacute; &Eacute;cole &ccedil;a &oelig;uvre &laquo;x&raquo; 5&nbsp;&euro;')).toBe('d\'art ’ été École ça œuvre «x» 5\u00a0€')
  })

  it('keeps unknown or invalid references as written', () => {
    expect(decodeEntities('&bogus; &#xD800; &#0; AT&T')).toBe('&bogus; &#xD800; &#0; AT&T')
  })
})
