import { describe, expect, it } from 'vitest'

import { uniqueUploadName } from './uniqueUploadName'

describe('the name an uploaded file is stored under', () => {
  it('keeps the uploader’s name and extension, with a random part of its own', () => {
    expect(uniqueUploadName({ name: 'rapporto annuale.pdf', suffix: '3f9a2c1b' })).toBe(
      'rapporto annuale-3f9a2c1b.pdf',
    )
    expect(uniqueUploadName({ name: 'LEGGIMI', suffix: '3f9a2c1b' })).toBe('LEGGIMI-3f9a2c1b')
    expect(uniqueUploadName({ name: 'archivio.tar.gz', suffix: '3f9a2c1b' })).toBe('archivio.tar-3f9a2c1b.gz')
    const first = uniqueUploadName({ name: 'foto.png' })
    const second = uniqueUploadName({ name: 'foto.png' })
    expect(first).toMatch(/^foto-[0-9a-f]{8}\.png$/)
    expect(second).not.toBe(first)
  })

  it('shortens a very long name so the random part and the extension survive', () => {
    const name = uniqueUploadName({ name: `${'è'.repeat(300)}.pdf`, suffix: '3f9a2c1b' })
    expect(name.endsWith('-3f9a2c1b.pdf')).toBe(true)
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(140)
  })
})
