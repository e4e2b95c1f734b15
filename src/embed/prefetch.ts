// Asked for once per page, whichever element asked.
const asked = new Set<string>()

/**
 * Asks the browser, while the code of `elements` is on its way, for what that code reads first: each
 * element's data (`src`, its own and its `<atlas-indicator>` children's) and, for a map, `geometry`
 * (the national file every view of régions and départements reads first). A `<link rel="preload" as="fetch">` keeps each
 * response for the element's own `fetch` of the same URL, so the data arrive with the code instead
 * of one round trip after it. A URL the adapters would refuse (plain `http:` on an `https:` page) or
 * cannot read is not asked for.
 */
export function prefetch(elements: Iterable<Element>, geometry?: string): void {
  const ask = (src: string | null | undefined) => {
    try {
      const url = new URL(src!, document.baseURI)
      if (src && (url.protocol === 'https:' || url.protocol === location.protocol) && !asked.has(url.href)) {
        asked.add(url.href)
        // `fetch()` sends credentials to its own origin only: an anonymous preload is the request it
        // matches (`crossorigin=""` is the anonymous state).
        document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: '', href: url.href }))
      }
    } catch {
      // Not a URL: the element reports it.
    }
  }
  for (const el of elements) {
    for (const e of [el, ...el.querySelectorAll('atlas-indicator')]) ask(e.getAttribute('src'))
    // Communes and EPCI are drawn from files of their own: the national one would be fetched for nothing.
    if (el.localName === 'atlas-map' && !/^(commune|epci)$/.test(el.getAttribute('level')!)) ask(geometry)
  }
}
