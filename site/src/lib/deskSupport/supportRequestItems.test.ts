import { describe, expect, it } from 'vitest'

import { supportRequestItems } from './supportRequestItems'

describe('supportRequestItems', () => {
  it('resolves labels in the page’s language, shows progress only once accepted, notes newest first', () => {
    const [accepted, waiting] = supportRequestItems({
      locale: 'it',
      docs: [
        {
          id: 7,
          title: 'Raccolta fondi',
          type: 'fundraising',
          urgency: 'high',
          deskOfficerName: 'Valentina Russo',
          progress: 'done',
          workflow: { stage: 'published' },
          progressNotes: [
            { date: '2026-11-01T10:00:00.000Z', note: 'Primo incontro', authorName: 'V. R.' },
            { date: '2026-11-20T10:00:00.000Z', note: 'Fatto', authorName: 'V. R.' },
          ],
        },
        {
          id: 'abc',
          title: 'Formazione',
          type: 'nonsense',
          urgency: 'normal',
          progress: 'done',
          workflow: { stage: 'acceptance' },
        },
      ],
    })
    expect(accepted).toMatchObject({
      id: '7',
      type: 'Raccolta fondi',
      urgency: 'Alta',
      progress: 'Concluso',
      stage: 'published',
    })
    expect(accepted!.notes.map((row) => row.note)).toEqual(['Fatto', 'Primo incontro'])
    expect(waiting).toMatchObject({ id: 'abc', type: '', progress: null, deskOfficerName: null, notes: [] })
  })
})
