import type { SerializedEditorState } from 'lexical'

import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'

import { escapeHtml } from './escapeHtml'
import { safeUrl } from './safeUrl'

interface LinkNode {
  children: SerializedEditorState['root']['children']
  fields?: { url?: string; newTab?: boolean; linkType?: string }
}

interface UploadNode {
  value?: {
    url?: string
    alt?: string
    filename?: string
    mimeType?: string
    width?: number
    height?: number
  }
  fields?: { alt?: string }
}

/**
 * Payload's Lexical rich text as HTML for the site. Links keep only safe targets (the text
 * stays, the link goes); uploads point at the CMS's public address; headings start at h2
 * because the page title is the h1.
 */
export const richTextToHtml = ({ data, mediaBaseUrl }: { data: unknown; mediaBaseUrl: string }): string => {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  const link = ({
    node,
    nodesToHTML,
  }: {
    node: LinkNode
    nodesToHTML: (a: { nodes: LinkNode['children'] }) => string[]
  }) => {
    const children = nodesToHTML({ nodes: node.children }).join('')
    const href = node.fields?.linkType === 'internal' ? null : safeUrl(node.fields?.url)
    if (!href) return `<span>${children}</span>`
    const external = /^https?:/.test(href)
    return `<a href="${escapeHtml(href)}"${external ? ' rel="noopener noreferrer"' : ''}>${children}</a>`
  }
  const converters: HTMLConverters = {
    ...defaultHTMLConverters,
    link,
    autolink: link,
    heading: ({ node, nodesToHTML }) => {
      const level = Math.min(6, Math.max(2, Number(String(node.tag).replace('h', '')) + 1))
      return `<h${level}>${nodesToHTML({ nodes: node.children }).join('')}</h${level}>`
    },
    upload: ({ node }) => {
      const value = (node as UploadNode).value
      if (!value || typeof value !== 'object' || !value.url) return ''
      const src = safeUrl(value.url.startsWith('/') ? mediaBaseUrl + value.url : value.url)
      if (!src) return ''
      if (!value.mimeType?.startsWith('image/')) {
        return `<a href="${escapeHtml(src)}">${escapeHtml(value.filename ?? src)}</a>`
      }
      const alt = escapeHtml((node as UploadNode).fields?.alt ?? value.alt ?? '')
      const size = value.width && value.height ? ` width="${value.width}" height="${value.height}"` : ''
      return `<img src="${escapeHtml(src)}" alt="${alt}"${size} loading="lazy" decoding="async">`
    },
  }
  return convertLexicalToHTML({
    data: data as SerializedEditorState,
    converters,
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
}
