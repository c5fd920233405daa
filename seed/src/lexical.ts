import type { Guide } from '@redcloud/cms/payload-types'

import { lexicalElement as element } from './lexicalElement'
import { lexicalTextNode as textNode } from './lexicalTextNode'

/** The JSON shape Payload stores for a rich-text field. */
export type RichText = Guide['body']

type Block =
  { type: 'heading'; text: string } | { type: 'list'; items: string[] } | { type: 'paragraph'; text: string }

/** Builds the Lexical JSON Payload stores for rich text from plain blocks. */
export const lexical = (blocks: (Block | string)[]): RichText =>
  ({
    root: element(
      'root',
      blocks.map((block) => {
        const item: Block = typeof block === 'string' ? { type: 'paragraph', text: block } : block
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
