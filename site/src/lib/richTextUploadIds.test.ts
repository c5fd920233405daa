import { describe, expect, it } from 'vitest'

import { richTextUploadIds } from './richTextUploadIds'

describe('richTextUploadIds', () => {
  it('finds upload ids at any level, as strings, populated or not', () => {
    const data = {
      root: {
        type: 'root',
        children: [
          { type: 'upload', value: 3 },
          { type: 'paragraph', children: [{ type: 'upload', value: { id: 'abc', url: '/x' } }] },
          { type: 'relationship', value: 9 },
          { type: 'upload', value: null },
        ],
      },
    }
    expect(richTextUploadIds(data)).toEqual(['3', 'abc'])
  })

  it('returns nothing for what is not rich text', () => {
    for (const value of [null, undefined, 'x', 1, { root: 'x' }]) expect(richTextUploadIds(value)).toEqual([])
  })
})
