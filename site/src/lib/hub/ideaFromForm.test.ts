import { describe, expect, it } from 'vitest'

import { ideaFromForm } from './ideaFromForm'

describe('ideaFromForm', () => {
  it('trims, cuts to the CMS lengths, and reads no challenge that is not an id', () => {
    const form = new FormData()
    form.set('title', `  ${'x'.repeat(300)} `)
    form.set('challenge', '1 OR 1=1')
    form.set('problem', ' P ')
    form.set('solution', '')
    expect(ideaFromForm(form, 'number')).toEqual({
      title: 'x'.repeat(200),
      challenge: null,
      problem: 'P',
      solution: null,
      beneficiaries: null,
      needs: null,
    })
    form.set('challenge', '12')
    expect(ideaFromForm(form, 'number').challenge).toBe(12)
    expect(ideaFromForm(form, 'text').challenge).toBe('12')
  })
})
