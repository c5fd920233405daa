import { describe, expect, it } from 'vitest'

import { parseAlertForm } from './parseAlertForm'

const form = (entries: [string, string][]) => {
  const data = new FormData()
  for (const [key, value] of entries) data.append(key, value)
  return data
}

describe('parseAlertForm', () => {
  it('keeps only offered themes, in the CMS id type, once each', () => {
    expect(
      parseAlertForm({
        form: form([
          ['theme', '2'],
          ['theme', '2'],
          ['theme', '99'],
          ['theme', '{"$ne":null}'],
          ['daysBefore', '7'],
        ]),
        themeIds: [1, 2, 3],
      }),
    ).toEqual({ themes: [2], daysBefore: 7 })
    expect(parseAlertForm({ form: form([['daysBefore', '60']]), themeIds: ['a1'] })).toEqual({
      themes: [],
      daysBefore: 60,
    })
  })

  it('refuses days that are not a whole number from 1 to 60', () => {
    for (const days of ['0', '61', '2.5', '-1', '', 'seven', '1e1', '007000'])
      expect(parseAlertForm({ form: form([['daysBefore', days]]), themeIds: [] }), days).toEqual({
        problem: 'days',
      })
  })
})
