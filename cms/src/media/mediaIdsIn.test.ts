import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { mediaIdsIn } from './mediaIdsIn'

const fields: Field[] = [
  { name: 'cover', type: 'upload', relationTo: 'media', localized: true },
  {
    type: 'tabs',
    tabs: [
      { label: 'Files', fields: [{ name: 'files', type: 'upload', relationTo: 'media', hasMany: true }] },
      { name: 'extra', fields: [{ name: 'icon', type: 'upload', relationTo: ['media', 'themes'] }] },
    ],
  },
  { name: 'body', type: 'richText', localized: true },
  {
    type: 'row',
    fields: [
      { name: 'rows', type: 'array', fields: [{ name: 'photo', type: 'upload', relationTo: 'media' }] },
    ],
  },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [{ slug: 'gallery', fields: [{ name: 'image', type: 'upload', relationTo: 'media' }] }],
  },
  { name: 'notMedia', type: 'upload', relationTo: 'themes' },
]

const upload = (value: unknown) => ({ type: 'upload', relationTo: 'media', value })

describe('mediaIdsIn', () => {
  it('finds uploads in every language, tab, array, block, polymorphic field and nested rich text', () => {
    const found = mediaIdsIn({
      fields,
      data: {
        cover: { it: 1, en: { id: 2, filename: 'a.png' } },
        files: [3, 4],
        extra: { icon: { relationTo: 'media', value: 5 } },
        body: { it: { root: { children: [{ type: 'list', children: [upload(6)] }] } }, en: null },
        rows: [{ photo: 7 }, { photo: null }],
        layout: [{ blockType: 'gallery', image: 8 }],
        notMedia: 99,
      },
    })
    expect(found).toEqual([
      { id: 1, path: 'cover' },
      { id: 2, path: 'cover' },
      { id: 3, path: 'files' },
      { id: 4, path: 'files' },
      { id: 5, path: 'extra' },
      { id: 6, path: 'body' },
      { id: 7, path: 'rows' },
      { id: 8, path: 'layout' },
    ])
  })

  it('ignores uploads of other collections and rich-text nodes of other kinds', () => {
    const found = mediaIdsIn({
      fields,
      data: {
        extra: { icon: { relationTo: 'themes', value: 5 } },
        body: {
          it: {
            root: {
              children: [
                { type: 'upload', relationTo: 'themes', value: 1 },
                { type: 'link', value: 2 },
              ],
            },
          },
        },
      },
    })
    expect(found).toEqual([])
  })
})
