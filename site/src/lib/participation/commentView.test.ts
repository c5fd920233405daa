import { describe, expect, it } from 'vitest'

import { commentView } from './commentView'

const now = Date.parse('2026-11-22T12:00:00Z')
const minute = 60_000
const doc = {
  id: 5,
  body: '<script>alert(1)</script>',
  author: 8,
  authorName: 'Sara',
  authorUnitName: 'Comitato di Milano',
  createdAt: '2026-11-22T11:50:00Z',
}

describe('commentView', () => {
  it('keeps the texts as they are (the page sets them as text, never HTML)', () => {
    expect(commentView({ doc, userId: null, now, editWindowMs: 15 * minute })).toEqual({
      id: '5',
      body: '<script>alert(1)</script>',
      authorName: 'Sara',
      unitName: 'Comitato di Milano',
      createdAt: '2026-11-22T11:50:00Z',
      isOwn: false,
      canEdit: false,
      canReport: false,
    })
  })

  it('lets the author edit within the window, then only delete; others report', () => {
    expect(commentView({ doc, userId: '8', now, editWindowMs: 15 * minute })).toMatchObject({
      isOwn: true,
      canEdit: true,
      canReport: false,
    })
    expect(commentView({ doc, userId: '8', now, editWindowMs: 5 * minute })).toMatchObject({
      isOwn: true,
      canEdit: false,
    })
    expect(
      commentView({ doc: { ...doc, author: { id: 8 } }, userId: '8', now, editWindowMs: minute * 15 }).isOwn,
    ).toBe(true)
    expect(commentView({ doc, userId: '9', now, editWindowMs: 15 * minute })).toMatchObject({
      isOwn: false,
      canEdit: false,
      canReport: true,
    })
  })

  it('turns missing or odd fields into empty texts', () => {
    const view = commentView({ doc: { id: 'a1', body: 42 }, userId: '8', now, editWindowMs: minute })
    expect(view).toMatchObject({
      id: 'a1',
      body: '',
      authorName: '',
      unitName: '',
      isOwn: false,
      canEdit: false,
    })
  })
})
