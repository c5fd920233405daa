import type { Media, Practice } from '@redcloud/cms/payload-types'

import { describe, expect, it } from 'vitest'

import { populatePractice } from './populatePractice'

const media = new Map<string, Media>([
  ['5', { id: 5, url: '/api/media/file/cover.jpg', mimeType: 'image/jpeg', alt: 'Cover' } as Media],
  ['6', { id: 6, url: '/api/media/file/sheet.pdf', mimeType: 'application/pdf' } as Media],
])

describe('populatePractice', () => {
  it('fills themes with their slugs and uploads with their documents, by id of either kind', () => {
    const practice = {
      id: 1,
      themes: [1, '2', 3],
      coverImage: 5,
      attachments: ['6', 7],
    } as unknown as Practice
    const result = populatePractice({
      practice,
      themeSlugs: new Map([
        ['1', 'elderly'],
        ['2', 'youth'],
      ]),
      media,
    })
    expect(result.themes).toEqual([
      { id: '1', slug: 'elderly' },
      { id: '2', slug: 'youth' },
    ])
    expect(result.coverImage).toMatchObject({ url: '/api/media/file/cover.jpg', alt: 'Cover' })
    expect(result.attachments).toEqual([expect.objectContaining({ url: '/api/media/file/sheet.pdf' })])
  })

  it('leaves out what the CMS did not publish or no longer has', () => {
    const practice = { id: 1, themes: null, coverImage: 99, attachments: null } as unknown as Practice
    const result = populatePractice({ practice, themeSlugs: new Map(), media })
    expect(result).toMatchObject({ themes: [], coverImage: null, attachments: [] })
  })
})
