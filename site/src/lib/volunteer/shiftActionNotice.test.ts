import { describe, expect, it } from 'vitest'

import { translator } from '../translator'
import { shiftActionNotice } from './shiftActionNotice'

describe('shiftActionNotice', () => {
  const t = translator('en')
  it('says confirmed, waitlisted with the position, cancelled, started, already, gone', () => {
    expect(shiftActionNotice({ result: { status: 200, body: { status: 'confirmed' } }, t }).notice).toBe(
      t('volunteer.confirmed'),
    )
    expect(
      shiftActionNotice({ result: { status: 200, body: { status: 'waitlisted', position: 2 } }, t }).notice,
    ).toContain('2')
    expect(shiftActionNotice({ result: { status: 200, body: { status: 'cancelled' } }, t }).notice).toBe(
      t('volunteer.cancelled'),
    )
    const started = { status: 409, body: { errors: [{ message: 'This shift started on x (start).' }] } }
    expect(shiftActionNotice({ result: started, t }).problem).toBe(t('volunteer.started'))
    expect(shiftActionNotice({ result: { status: 409, body: {} }, t }).problem).toBe(t('volunteer.already'))
    expect(shiftActionNotice({ result: { status: 404, body: {} }, t }).problem).toBe(t('volunteer.notFound'))
  })
})
