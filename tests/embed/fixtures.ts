/** A detached element carrying these attributes, to read through a spec. */
export function element(attrs: Record<string, string>): HTMLElement {
  const e = document.createElement('div')
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v)
  return e
}

/** The attributes every data element requires. */
export const minimal = { src: 'a.csv', level: 'departement', value: 'V' }
