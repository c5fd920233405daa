import { describe, expect, it } from 'vitest'

import { submissionErrorTarget } from './submissionErrorTarget'
import { submissionFieldErrors } from './submissionFieldErrors'

describe('submissionFieldErrors', () => {
  it('reads the field errors of a Payload 400', () => {
    const body = {
      errors: [
        {
          name: 'ValidationError',
          data: {
            collection: 'practices',
            errors: [
              { label: 'Title', message: 'Too long.', path: 'title' },
              { message: 'Enter a full web address.', path: 'links.0.url' },
            ],
          },
          message: 'The following fields are invalid: Title, URL',
        },
      ],
    }
    expect(submissionFieldErrors(body)).toEqual({
      fields: [
        { path: 'title', message: 'Too long.' },
        { path: 'links.0.url', message: 'Enter a full web address.' },
      ],
      general: [],
    })
  })

  it('keeps messages without a field as general errors, and survives junk', () => {
    expect(submissionFieldErrors({ errors: [{ message: 'Stale revision.' }] })).toEqual({
      fields: [],
      general: ['Stale revision.'],
    })
    expect(submissionFieldErrors('<html>')).toEqual({ fields: [], general: [] })
    expect(submissionFieldErrors(null)).toEqual({ fields: [], general: [] })
  })
})

describe('submissionErrorTarget', () => {
  const names = new Set([
    'title',
    'description',
    'objectives',
    'themes',
    'links.0.label',
    'links.0.url',
    'links.1.label',
    'links.1.url',
    'links.2.url',
    'qualityIndicators.0.name',
    'contact.email',
    'activity.endDate',
  ])
  const state = {
    'links.0.label': '',
    'links.0.url': '',
    'links.1.label': 'A',
    'links.1.url': 'x',
    'links.2.url': 'y',
  }

  it.each([
    ['title', 'title'],
    ['contact.email', 'contact.email'],
    ['activity.endDate', 'activity.endDate'],
    ['description', 'description'],
    ['description.root', 'description'],
    ['objectives.3.objective', 'objectives'],
    ['themes', 'themes'],
    ['links.0.url', 'links.1.url'],
    ['links.1.label', 'links.2.url'],
    ['links.1', 'links.2.url'],
  ])('maps %s to the control %s', (path, name) => {
    expect(submissionErrorTarget({ path, state, names })).toBe(name)
  })

  it('is null for fields the form does not have', () => {
    expect(submissionErrorTarget({ path: 'unit', state, names })).toBeNull()
    expect(submissionErrorTarget({ path: 'attachments', state, names })).toBeNull()
  })
})
