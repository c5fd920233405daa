import { describe, expect, it } from 'vitest'

import { translator } from './translator'
import { searchStatusText } from './searchStatusText'

const t = translator('en')
const messages = {
  results: t('search.results'),
  resultsFiltered: t('search.resultsFiltered'),
  none: t('search.none'),
}

describe('searchStatusText', () => {
  it('counts the results, for the query when there is one', () => {
    expect(searchStatusText({ count: 3, messages, q: 'tea' })).toBe('3 results for “tea”')
    expect(searchStatusText({ count: 3, messages, q: '' })).toBe('3 results')
    expect(searchStatusText({ count: 0, messages, q: 'tea' })).toBe(messages.none)
  })

  it('shows the query as typed, even when it looks like a replacement pattern', () => {
    expect(searchStatusText({ count: 1, messages, q: '$&' })).toBe('1 results for “$&”')
    expect(searchStatusText({ count: 1, messages, q: "a$'b" })).toBe("1 results for “a$'b”")
  })
})
