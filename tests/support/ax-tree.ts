import { cdp } from 'vitest/browser'

/** A node of Chromium's accessibility tree, as the DevTools protocol gives it. */
export interface AXNode {
  readonly role?: { value: string }
  readonly name?: { value: string }
  readonly description?: { value: string }
  readonly properties?: readonly { name: string; value: { value: unknown } }[]
}

interface FrameTree {
  frame: { id: string; url: string }
  childFrames?: FrameTree[]
}

function frameOf(tree: FrameTree, url: string): string | undefined {
  if (tree.frame.url === url) return tree.frame.id
  for (const child of tree.childFrames ?? []) {
    const id = frameOf(child, url)
    if (id) return id
  }
  return undefined
}

/** Chromium's accessibility tree of the test's own frame (Vitest runs each test file in an iframe). */
export async function axTree(): Promise<AXNode[]> {
  const { frameTree } = (await cdp().send('Page.getFrameTree')) as { frameTree: FrameTree }
  const frameId = frameOf(frameTree, location.href)
  const { nodes } = (await cdp().send('Accessibility.getFullAXTree', frameId ? { frameId } : {})) as { nodes: AXNode[] }
  return nodes
}
