import type { Guide } from '@redcloud/cms/payload-types'

/** The JSON shape Payload stores for a rich-text field. */
export type RichText = Guide['body']

type Block =
  { type: 'heading'; text: string } | { type: 'list'; items: string[] } | { type: 'paragraph'; text: string }

const textNode = (text: string) => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})

const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

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
