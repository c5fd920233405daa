import { describe, expect, it } from 'vitest'

import { readApiError } from './readApiError'

describe('readApiError', () => {
  it('reads per-field messages of a validation error', () => {
    const json = {
      errors: [
        {
          message: 'The following field is invalid: body',
          data: { errors: [{ path: 'body', message: 'This value must be shorter than the max length.' }] },
        },
      ],
    }
    expect(readApiError(json, 'Failed')).toEqual({
      message: 'This value must be shorter than the max length.',
      fields: { body: 'This value must be shorter than the max length.' },
    })
  })

  it('reads a plain API error, and falls back for anything else', () => {
    expect(readApiError({ errors: [{ message: 'Comment not found.' }] }, 'Failed')).toEqual({
      message: 'Comment not found.',
      fields: {},
    })
    expect(readApiError(null, 'Failed')).toEqual({ message: 'Failed', fields: {} })
    expect(readApiError('<html>', 'Failed')).toEqual({ message: 'Failed', fields: {} })
  })
})
