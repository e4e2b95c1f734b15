/** A detached element carrying these attributes, to read through a spec. */
export function element(attrs: Record<string, string>): HTMLElement {
  const e = document.createElement('div')
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v)
  return e
}

/** The attributes every data element requires. */
export const minimal = { src: 'a.csv', level: 'departement', value: 'V' }

/** Mounts `<tag>` with `attrs` in a French part of the page (the browser tests' page itself is `lang="en"`). */
export function mountInFrench<E extends HTMLElement>(tag: string, attrs: Record<string, string>): E {
  const el = document.createElement(tag) as E
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  const page = document.createElement('div')
  page.lang = 'fr'
  page.append(el)
  document.body.append(page)
  return el
}
