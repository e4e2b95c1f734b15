import type { ComponentChildren } from 'preact'
import { parseMarkdown, type Inline } from './markdown.js'

/** The analysis text as elements: every string a text node, links only to http(s). */
export function Markdown(props: { text: string }) {
  return (
    <>
      {parseMarkdown(props.text).map((block, i) =>
        block.type === 'p' ? (
          <p key={i}>{inline(block.children)}</p>
        ) : block.type === 'ul' ? (
          <ul key={i}>{block.items.map((item, j) => <li key={j}>{inline(item)}</li>)}</ul>
        ) : (
          <ol key={i}>{block.items.map((item, j) => <li key={j}>{inline(item)}</li>)}</ol>
        ),
      )}
    </>
  )
}

function inline(nodes: readonly Inline[]): ComponentChildren {
  return nodes.map((n, i) =>
    n.type === 'text' ? (
      n.text
    ) : n.type === 'link' ? (
      <a key={i} href={n.href} rel="noopener noreferrer">
        {inline(n.children)}
      </a>
    ) : n.type === 'em' ? (
      <em key={i}>{inline(n.children)}</em>
    ) : (
      <strong key={i}>{inline(n.children)}</strong>
    ),
  )
}
