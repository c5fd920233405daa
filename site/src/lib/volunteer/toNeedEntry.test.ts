import type { Need, Shift } from '@redcloud/cms/payload-types'
import { describe, expect, it } from 'vitest'

import { toNeedEntry } from './toNeedEntry'

const need = {
  id: 7,
  title: { it: 'Distribuzione', en: null },
  description: { it: 'Pacchi' },
  unit: 3,
  themes: [{ id: 2 }],
  skills: ['logistics'],
  location: { lat: 45.4, lng: 9.1 },
  updatedAt: '2026-12-01T10:00:00.000Z',
  createdAt: '2026-12-01T10:00:00.000Z',
} as unknown as Need
const shift = (id: number, start: string, end: string, seatsTaken = 0) =>
  ({ id, need: 7, start, end, capacity: 3, seatsTaken }) as unknown as Shift

describe('toNeedEntry', () => {
  it('falls back to a language with a title, keeps upcoming shifts soonest first, counts free places, never names', () => {
    const entry = toNeedEntry({
      need,
      shifts: [
        shift(2, '2026-12-10T08:00:00.000Z', '2026-12-10T12:00:00.000Z', 5),
        shift(1, '2026-12-05T08:00:00.000Z', '2026-12-05T12:00:00.000Z', 1),
        shift(3, '2026-11-05T08:00:00.000Z', '2026-11-05T12:00:00.000Z'),
        { ...shift(4, '2026-12-06T08:00:00.000Z', '2026-12-06T12:00:00.000Z'), need: 8 } as Shift,
      ],
      locale: 'en',
      now: Date.parse('2026-12-02T00:00:00Z'),
    })
    expect(entry).toMatchObject({
      cmsId: '7',
      title: 'Distribuzione',
      contentLocale: 'it',
      unitId: '3',
      themeIds: ['2'],
    })
    expect(entry.shifts.map((s) => [s.cmsId, s.free])).toEqual([
      ['1', 2],
      ['2', 0],
    ])
  })
})
