import { describe, expect, it } from 'vitest'

import { translator } from '../translator'
import { formatAmount } from './formatAmount'

describe('formatAmount', () => {
  it('writes a range, an upper or lower bound, or nothing, in the language and currency', () => {
    const t = translator('it')
    const inItalian = (min: null | number, max: null | number) =>
      formatAmount({ min, max, currency: 'EUR', locale: 'it', t })
    expect(inItalian(15000, 50000)).toMatch(/^da 15\.000\s€ a 50\.000\s€$/)
    expect(inItalian(null, 20000)).toMatch(/^fino a 20\.000\s€$/)
    expect(inItalian(12000, null)).toMatch(/^da 12\.000\s€$/)
    expect(inItalian(null, null)).toBe('')
    const same = formatAmount({ min: 10, max: 10, currency: 'CHF', locale: 'en', t: translator('en') })
    expect(same).toMatch(/^CHF\s10$/)
  })
})
