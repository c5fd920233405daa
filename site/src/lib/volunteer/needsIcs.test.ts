import { describe, expect, it } from 'vitest'

import { needsIcs } from './needsIcs'

describe('needsIcs', () => {
  it('one VEVENT per shift, stable UIDs, the place, and nothing about who signed up', () => {
    const text = needsIcs({
      needs: [
        {
          cmsId: '7',
          title: 'Distribuzione, pacchi',
          contentLocale: 'it',
          description: 'Riga',
          unitId: '3',
          themeIds: [],
          skills: [],
          address: 'Via Pucci 7, Milano',
          location: null,
          contact: { email: '', phone: '' },
          practiceId: null,
          serviceId: null,
          updatedAt: '2026-12-01T10:00:00.000Z',
          shifts: [
            {
              cmsId: '1',
              start: '2026-12-05T08:00:00.000Z',
              end: '2026-12-05T12:00:00.000Z',
              capacity: 3,
              free: 1,
              skills: [],
            },
            {
              cmsId: '2',
              start: '2026-12-06T08:00:00.000Z',
              end: '2026-12-06T12:00:00.000Z',
              capacity: 3,
              free: 0,
              skills: [],
            },
          ],
        },
      ],
      site: new URL('https://redcloud.example.org'),
      locale: 'it',
      name: 'Milano',
      now: new Date('2026-12-02T12:00:00Z'),
    })
    expect(text.match(/^BEGIN:VEVENT$/gm)).toHaveLength(2)
    expect(text).toContain('UID:shift-1@redcloud.example.org')
    expect(text).toContain('DTSTART:20261205T080000Z')
    expect(text).toContain('SUMMARY:Distribuzione\\, pacchi')
    expect(text).toContain('LOCATION:Via Pucci 7\\, Milano')
    expect(text).toContain('TRANSP:OPAQUE')
  })
})
