import type { Training } from '@redcloud/cms/payload-types'
import { describe, expect, it } from 'vitest'

import { toTrainingEntry } from './toTrainingEntry'

const training = (data: Partial<Record<keyof Training, unknown>>) =>
  ({
    id: 7,
    title: { it: 'Corso', en: 'Course' },
    description: { it: 'Descrizione' },
    seats: 5,
    seatsTaken: 2,
    applicationDeadline: '2030-01-01T00:00:00.000Z',
    ...data,
  }) as unknown as Training

describe('toTrainingEntry', () => {
  it('counts free places, never below zero, and says whether applications are open', () => {
    expect(toTrainingEntry(training({}), 'en')).toMatchObject({
      cmsId: '7',
      title: 'Course',
      free: 3,
      open: true,
    })
    expect(toTrainingEntry(training({ seats: 1, seatsTaken: 3 }), 'en').free).toBe(0)
    const late = toTrainingEntry(training({}), 'en', Date.parse('2030-02-01'))
    expect(late.open).toBe(false)
  })

  it('falls back to a language that has the title, and takes the description in that language', () => {
    const entry = toTrainingEntry(training({ title: { it: 'Corso' } }), 'fr')
    expect(entry).toMatchObject({ title: 'Corso', contentLocale: 'it', description: 'Descrizione' })
  })

  it('keeps only safe links and the names of populated units', () => {
    const entry = toTrainingEntry(
      training({ link: 'javascript:alert(1)', eligibleUnits: [{ id: 1, name: 'Comitato di Milano' }, 2] }),
      'it',
    )
    expect(entry.link).toBeNull()
    expect(entry.eligibleUnits).toEqual(['Comitato di Milano'])
  })
})
