import { describe, expect, it } from 'vitest'

import { translator } from '../translator'
import { registrationFieldErrors } from './registrationFieldErrors'

describe('registrationFieldErrors', () => {
  it('says what is wrong with each refused field in the page’s language, ignoring unknown paths', () => {
    const errors = registrationFieldErrors({
      fields: ['password', 'unit', 'roles'],
      minLength: 12,
      t: translator('it'),
    })
    expect(Object.keys(errors).sort()).toEqual(['password', 'unit'])
    expect(errors.password).toContain('12')
    expect(errors.unit).toBe("Scegli il tuo comitato dall'elenco.")
  })
})
