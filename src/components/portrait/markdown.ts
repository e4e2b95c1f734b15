/**
 * The analysis text's Markdown subset: paragraphs, `*emphasis*`, `**strong**`, `-`/`1.` lists and
 * (underscores are left as they are: they occur in identifiers and URLs far more than as emphasis)
 * `[text](https://…)` links. The result is a tree of plain strings that the render step turns into
 * elements: no HTML of the text is ever parsed, so `<script>` stays the characters `<script>`.
 */
export type Inline =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'em' | 'strong'; readonly children: readonly Inline[] }
  | { readonly type: 'link'; readonly href: string; readonly children: readonly Inline[] }

export type Block =
  | { readonly type: 'p'; readonly children: readonly Inline[] }
  | { readonly type: 'ul' | 'ol'; readonly items: readonly (readonly Inline[])[] }

const BULLET = /^\s*[-*]\s+(.*)$/
const NUMBER = /^\s*\d+[.)]\s+(.*)$/

/** Parses the subset; anything else is text. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = []
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '')
    if (lines.length === 0) continue
    let i = 0
    while (i < lines.length) {
      const kind = BULLET.test(lines[i]!) ? 'ul' : NUMBER.test(lines[i]!) ? 'ol' : 'p'
      const start = i
      if (kind === 'p') {
        while (i < lines.length && !BULLET.test(lines[i]!) && !NUMBER.test(lines[i]!)) i++
        blocks.push({ type: 'p', children: parseInline(lines.slice(start, i).map((l) => l.trim()).join(' ')) })
      } else {
        const marker = kind === 'ul' ? BULLET : NUMBER
        const items: Inline[][] = []
        while (i < lines.length && marker.test(lines[i]!)) items.push(parseInline(marker.exec(lines[i++]!)![1]!.trim()))
        blocks.push({ type: kind, items })
      }
    }
  }
  return blocks
}

/** A link target the card may follow: absolute `http:` or `https:` only (never `javascript:`, `data:`…). */
export function safeHref(href: string): string | undefined {
  try {
    const url = new URL(href.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** Inline marks, left to right; an unmatched marker stays a literal character. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = []
  let plain = ''
  const flush = () => {
    if (plain) out.push({ type: 'text', text: plain })
    plain = ''
  }
  let i = 0
  while (i < text.length) {
    const rest = text.slice(i)
    const strong = /^\*\*(?=\S)([\s\S]*?\S)\*\*/.exec(rest)
    const em = strong ? null : /^(\*)(?=\S)([\s\S]*?\S)\*/.exec(rest)
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest)
    if (strong) {
      flush()
      out.push({ type: 'strong', children: parseInline(strong[1]!) })
      i += strong[0].length
    } else if (em) {
      flush()
      out.push({ type: 'em', children: parseInline(em[2]!) })
      i += em[0].length
    } else if (link) {
      const href = safeHref(link[2]!)
      flush()
      // A refused target keeps its words and loses the link.
      if (href) out.push({ type: 'link', href, children: parseInline(link[1]!) })
      else out.push(...parseInline(link[1]!))
      i += link[0].length
    } else {
      plain += text[i]
      i++
    }
  }
  flush()
  return out
}
