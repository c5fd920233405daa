import type { Field, Validate } from 'payload'

import { flattenTopLevelFields } from 'payload/shared'
import { describe, expect, it } from 'vitest'

import { findMissingFields } from '../../fields/findMissingFields'
import { Practices } from '.'
import { requiredForReview } from './requiredForReview'

const fields = flattenTopLevelFields(Practices.fields as Field[]) as (Field & { name: string })[]

/** What a field's own validation says about an empty value, on a draft or on a publication. */
const validateEmpty = (field: Field, status: 'draft' | 'published') =>
  'validate' in field && field.validate
    ? (field.validate as Validate)(null, {
        data: { _status: status },
        siblingData: { _status: status },
        req: { payload: { config: {} }, t: (key: string) => key },
        required: 'required' in field ? field.required : false,
      } as unknown as Parameters<Validate>[1])
    : true

describe('the fields a practice needs before review, declared once (requiredForReview)', () => {
  it('the field validation refuses each of them empty on publication, with its message, and allows drafts', () => {
    for (const [name, message] of Object.entries(requiredForReview)) {
      const field = fields.find((candidate) => candidate.name === name)
      expect(field, name).toBeDefined()
      expect(validateEmpty(field!, 'published'), name).toBe(message)
      expect(validateEmpty(field!, 'draft'), name).toBe(true)
    }
  })

  it('no other field of a practice refuses an empty value on publication', () => {
    const refusing = fields
      .filter((field) => validateEmpty(field, 'published') !== true)
      .map((field) => field.name)
    expect(refusing.sort()).toEqual(Object.keys(requiredForReview).sort())
  })

  it('the submission check names the same fields, in the same order, with the same messages', () => {
    const empty = Object.fromEntries(
      Object.keys(requiredForReview).map((name) => [name, name === 'themes' ? [] : ' ']),
    )
    expect(findMissingFields({ doc: { ...empty, description: null }, required: requiredForReview })).toEqual(
      Object.entries(requiredForReview).map(([path, message]) => ({ path, message })),
    )
    expect(
      findMissingFields({ doc: { ...empty, title: 'Tea', unit: 1 }, required: requiredForReview }).map(
        (e) => e.path,
      ),
    ).toEqual(['summary', 'description', 'themes', 'targetGroups'])
  })
})
