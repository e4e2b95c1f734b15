/**
 * Registers a custom element once. A page may load the script twice (two CMS blocks, two versions):
 * the second definition is skipped instead of throwing and breaking the page.
 */
export function defineElement(name: string, ctor: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined' || customElements.get(name)) return false
  customElements.define(name, ctor)
  return true
}
