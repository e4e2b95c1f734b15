import { defineElement } from './define.js'

/** Loads an element's class. */
export type ElementLoader = () => Promise<CustomElementConstructor>

/**
 * Defines each element of `elements` once its first instance is in the document: the instances
 * already there (and those added later) are upgraded by the definition. Until then nothing of the
 * element's code is fetched. `beforeDefine` lets the page's configuration (an asset base) reach the
 * loaded code first. A part that fails to load is reported on each waiting element (`atlas-error`,
 * with the cause in `detail`) and retried when a new instance appears. `ahead(tag)` runs as an
 * element's code starts loading: what the instances will need can be asked for meanwhile.
 */
export function defineOnUse(elements: Readonly<Record<string, ElementLoader>>, beforeDefine: () => Promise<unknown> = () => Promise.resolve(), ahead?: (tag: string) => void): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return
  const waiting = new Map(Object.entries(elements).filter(([tag]) => !customElements.get(tag)))
  const loading = new Set<string>()
  const load = (tag: string, loader: ElementLoader) => {
    loading.add(tag)
    ahead?.(tag)
    Promise.all([loader(), beforeDefine()]).then(
      ([ctor]) => {
        waiting.delete(tag)
        defineElement(tag, ctor)
        if (waiting.size === 0) observer.disconnect()
      },
      (error: unknown) => {
        loading.delete(tag)
        for (const el of document.querySelectorAll(tag)) el.dispatchEvent(new CustomEvent('atlas-error', { bubbles: true, composed: true, detail: error }))
      },
    )
  }
  const scan = (root: ParentNode & Partial<Pick<Element, 'localName'>>) => {
    for (const [tag, loader] of waiting) if (!loading.has(tag) && (root.localName === tag || root.querySelector(tag))) load(tag, loader)
  }
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) if (node.nodeType === 1) scan(node as Element)
  })
  if (waiting.size === 0) return
  observer.observe(document, { childList: true, subtree: true })
  scan(document)
}
