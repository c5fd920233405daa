import type { Challenge } from '@redcloud/cms/payload-types'
import { describe, expect, it } from 'vitest'

import { toChallengeEntry } from './toChallengeEntry'

const challenge = (data: Partial<Record<keyof Challenge, unknown>>) =>
  ({
    id: 3,
    title: { it: 'Sfida', en: 'Challenge' },
    problem: { it: 'Problema', en: 'Problem' },
    support: { it: 'Supporto' },
    opensAt: '2030-01-01T00:00:00.000Z',
    closesAt: '2030-03-01T00:00:00.000Z',
    themes: [{ id: 1, name: { it: 'Anziani', en: 'Older people' } }, 2],
    ...data,
  }) as unknown as Challenge

describe('toChallengeEntry', () => {
  it('is open between its dates only', () => {
    expect(toChallengeEntry(challenge({}), 'en', Date.parse('2030-02-01')).open).toBe(true)
    expect(toChallengeEntry(challenge({}), 'en', Date.parse('2029-12-31')).open).toBe(false)
    expect(toChallengeEntry(challenge({}), 'en', Date.parse('2030-03-02')).open).toBe(false)
  })

  it('falls back to a language that has the title, and takes the texts in that language; themes by name', () => {
    const entry = toChallengeEntry(challenge({ title: { it: 'Sfida' } }), 'fr')
    expect(entry).toMatchObject({ cmsId: '3', title: 'Sfida', contentLocale: 'it', problem: 'Problema' })
    expect(toChallengeEntry(challenge({}), 'en').themes).toEqual(['Older people'])
  })
})
