import { describe, expect, it } from 'vitest'

import { parseCsv } from './parseCsv'

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and numbers the lines', () => {
    const text =
      'name,email\r\n"Rossi, Anna",anna@example.org\n"Il ""Capo""",capo@example.org\n"Due\nrighe",x@example.org\n'
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['name', 'email'] },
      { line: 2, fields: ['Rossi, Anna', 'anna@example.org'] },
      { line: 3, fields: ['Il "Capo"', 'capo@example.org'] },
      { line: 4, fields: ['Due\nrighe', 'x@example.org'] },
    ])
  })

  it('drops a byte-order mark, skips blank lines, keeps a last line without a newline', () => {
    expect(parseCsv('\uFEFFname,email\n\n , \nBea,bea@example.org')).toEqual([
      { line: 1, fields: ['name', 'email'] },
      { line: 4, fields: ['Bea', 'bea@example.org'] },
    ])
  })

  it('takes semicolons as the separator when the header uses them', () => {
    expect(parseCsv('name;email;roles\n"Verdi; Luca";l@example.org;member,validator\n')).toEqual([
      { line: 1, fields: ['name', 'email', 'roles'] },
      { line: 2, fields: ['Verdi; Luca', 'l@example.org', 'member,validator'] },
    ])
  })

  it('keeps empty fields and text that merely contains quotes', () => {
    expect(parseCsv('a,,c\nsay "hi",b,\n')).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 2, fields: ['say "hi"', 'b', ''] },
    ])
  })
})
