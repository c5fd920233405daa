import type { Guide } from '../payload-types'

import { lexicalElement as element } from './lexicalElement'
import { lexicalTextNode as textNode } from './lexicalTextNode'

/** The JSON shape Payload stores for a rich-text field. */
export type RichText = Guide['body']

/** A block of plain text: a paragraph (a bare string is one too), a heading or a bullet list. */
export type RichTextBlock =
  { type: 'heading'; text: string } | { type: 'list'; items: string[] } | { type: 'paragraph'; text: string }

/**
 * Builds the Lexical JSON Payload stores for rich text from plain blocks, as the admin's editor
 * would: the demo data, the site's submission form and the tests write rich text through it.
 */
export const lexicalRichText = (blocks: (RichTextBlock | string)[]): RichText =>
  ({
    root: element(
      'root',
      blocks.map((block) => {
        const item: RichTextBlock = typeof block === 'string' ? { type: 'paragraph', text: block } : block
        if (item.type === 'heading') return element('heading', [textNode(item.text)], { tag: 'h2' })
        if (item.type === 'list') {
          return element(
            'list',
            item.items.map((text, index) => element('listitem', [textNode(text)], { value: index + 1 })),
            { listType: 'bullet', start: 1, tag: 'ul' },
          )
        }
        return element('paragraph', [textNode(item.text)], { textFormat: 0, textStyle: '' })
      }),
    ),
  }) as unknown as RichText
