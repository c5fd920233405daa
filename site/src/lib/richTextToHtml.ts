import type { DataFromCollectionSlug } from 'payload'

import { escapeHtml } from './escapeHtml'
import { idOf } from './idOf'
import { safeUrl } from './safeUrl'

type Node = Record<string, unknown>
/** A media document as the CMS's REST API returns it (the generated type, through Payload's). */
type Media = DataFromCollectionSlug<'media'>

/** Deeper than the CMS allows (30): whatever is below is dropped rather than walked. */
const MAX_DEPTH = 40
const TEXT_FORMATS: [number, string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]
const HEADING_LEVELS: Record<string, number> = { h1: 2, h2: 3, h3: 4, h4: 5, h5: 6, h6: 6 }

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const childrenOf = (node: Node): Node[] => (Array.isArray(node.children) ? node.children.filter(isNode) : [])
const positiveInteger = (value: unknown): null | number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null

/** The text inside a node, escaped, with no markup: what an unknown node shows. */
const plainText = (node: Node, depth: number): string =>
  depth > MAX_DEPTH
    ? ''
    : typeof node.text === 'string'
      ? escapeHtml(node.text)
      : childrenOf(node)
          .map((child) => plainText(child, depth + 1))
          .join('')

/**
 * Payload's Lexical rich text as HTML for the site. Nothing a node stores is written into the
 * page except through escapeHtml, and only after checking it against a fixed list (heading
 * levels, list kinds, text formats): this renderer replaces Payload's converters, which write
 * some stored values into markup. Uploads are rendered from `media` (the public media documents
 * the site read), looked up by the node's id; anything else in the node is ignored, and an id
 * that is not among them renders nothing. Links keep only safe targets (the text stays, the
 * link goes); headings start at h2 because the page title is the h1; unknown nodes show their
 * text only.
 */
export const richTextToHtml = ({
  data,
  media = new Map(),
  mediaBaseUrl,
}: {
  data: unknown
  media?: Map<string, Media>
  mediaBaseUrl: string
}): string => {
  if (!isNode(data) || !isNode(data.root)) return ''

  const upload = (node: Node): string => {
    const id = idOf(node.value)
    const doc = id === null ? undefined : media.get(id)
    if (!doc || typeof doc.url !== 'string') return ''
    const src = safeUrl(doc.url.startsWith('/') ? mediaBaseUrl + doc.url : doc.url)
    if (!src) return ''
    if (typeof doc.mimeType !== 'string' || !doc.mimeType.startsWith('image/')) {
      const name = typeof doc.filename === 'string' && doc.filename ? doc.filename : src
      return `<a href="${escapeHtml(src)}">${escapeHtml(name)}</a>`
    }
    const alt = typeof doc.alt === 'string' ? doc.alt : ''
    const width = positiveInteger(doc.width)
    const height = positiveInteger(doc.height)
    const size = width && height ? ` width="${width}" height="${height}"` : ''
    return `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${size} loading="lazy" decoding="async">`
  }

  const link = (node: Node, inner: string): string => {
    const fields = isNode(node.fields) ? node.fields : {}
    const href = fields.linkType === 'internal' ? null : safeUrl(fields.url)
    if (!href) return `<span>${inner}</span>`
    const external = /^https?:/.test(href)
    return `<a href="${escapeHtml(href)}"${external ? ' rel="noopener noreferrer"' : ''}>${inner}</a>`
  }

  const text = (node: Node): string => {
    if (typeof node.text !== 'string') return ''
    const format = positiveInteger(node.format) ?? 0
    return TEXT_FORMATS.reduce(
      (html, [bit, tag]) => (format & bit ? `<${tag}>${html}</${tag}>` : html),
      escapeHtml(node.text),
    )
  }

  const render = (node: Node, depth: number, parent?: Node): string => {
    if (depth > MAX_DEPTH) return ''
    const inner = () =>
      childrenOf(node)
        .map((child) => render(child, depth + 1, node))
        .join('')
    switch (node.type) {
      case 'root':
        return depth === 0 ? inner() : ''
      case 'text':
      case 'tab':
        return text(node)
      case 'linebreak':
        return '<br>'
      case 'horizontalrule':
        return '<hr>'
      case 'paragraph':
        return `<p>${inner()}</p>`
      case 'quote':
        return `<blockquote>${inner()}</blockquote>`
      case 'heading': {
        const level = (typeof node.tag === 'string' && HEADING_LEVELS[node.tag]) || 2
        return `<h${level}>${inner()}</h${level}>`
      }
      case 'list': {
        if (node.listType === 'number') {
          const start = positiveInteger(node.start)
          return `<ol${start && start > 1 ? ` start="${start}"` : ''}>${inner()}</ol>`
        }
        return `<ul${node.listType === 'check' ? ' class="checklist"' : ''}>${inner()}</ul>`
      }
      case 'listitem': {
        if (parent?.listType !== 'check') return `<li>${inner()}</li>`
        const checked = node.checked === true
        return `<li><input type="checkbox" disabled${checked ? ' checked' : ''}> ${inner()}</li>`
      }
      case 'link':
      case 'autolink':
        return link(node, inner())
      case 'upload':
        return upload(node)
      case 'relationship':
        return ''
      default:
        return plainText(node, depth)
    }
  }

  return render(data.root, 0)
}
