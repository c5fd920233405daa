import { describe, expect, it } from 'vitest'

import { toCsv } from './toCsv'

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and leaves empty cells for missing values', () => {
    const csv = toCsv([{ a: 'x, y', b: 'say "hi"', c: 'two\nlines', d: null }], ['a', 'b', 'c', 'd'])
    expect(csv).toBe('a,b,c,d\r\n"x, y","say ""hi""","two\nlines",\r\n')
  })

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([{ a: '=HYPERLINK("http://x")', b: '+1', c: -3 }], ['a', 'b', 'c'])
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://x"")",'+1,-3`)
  })
})
