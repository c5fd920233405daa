import { describe, expect, it } from 'vitest'

import { checkMemberRows, readHeader } from './checkMemberRows'

const columns = (header: string[]) => {
  const read = readHeader(header)
  if ('problem' in read) throw new Error(read.problem)
  return read.columns
}

describe('readHeader', () => {
  it('finds the columns in any order and under their usual names', () => {
    expect(columns(['E-mail', 'Nome', 'Unit code', 'Lingua'])).toEqual({
      name: 1,
      email: 0,
      unit: 2,
      roles: -1,
      language: 3,
    })
  })
  it('names the missing required columns', () => {
    expect(readHeader(['name', 'roles'])).toEqual({
      problem: expect.stringContaining('missing: email, unit') as string,
    })
  })
})

describe('checkMemberRows', () => {
  const check = (rows: string[][], existing: string[] = []) =>
    checkMemberRows({
      records: rows.map((fields, i) => ({ line: i + 2, fields })),
      columns: columns(['name', 'email', 'unit', 'roles', 'language']),
      unitIds: new Map([['LOM-MI', 7]]),
      existingEmails: new Set(existing),
      defaultLocale: 'it',
    })

  it('turns a good row into a candidate: trimmed, lower-cased address, unit code in any case, roles deduplicated', () => {
    const { reports, candidates } = check([
      [' Anna ', ' Anna@Example.org ', 'lom-mi', 'validator|member validator', ''],
    ])
    expect(reports).toEqual([{ line: 2, email: 'anna@example.org', status: 'would-create', messages: [] }])
    expect(candidates).toEqual([
      {
        line: 2,
        name: 'Anna',
        email: 'anna@example.org',
        unit: 7,
        roles: ['validator', 'member'],
        language: 'it',
      },
    ])
  })

  it('reports every problem of a row at once', () => {
    const { reports, candidates } = check([['', 'nope', 'XX', 'admin', 'de']])
    expect(candidates).toEqual([])
    expect(reports[0]!.status).toBe('error')
    expect(reports[0]!.messages).toHaveLength(5)
  })

  it('skips an existing address and refuses the second line of a duplicate', () => {
    const { reports } = check(
      [
        ['A', 'a@example.org', 'LOM-MI', '', 'en'],
        ['B', 'A@example.org', 'LOM-MI', '', 'en'],
        ['C', 'c@example.org', 'LOM-MI', '', 'en'],
      ],
      ['c@example.org'],
    )
    expect(reports.map((report) => report.status)).toEqual(['would-create', 'error', 'skipped'])
    expect(reports[1]!.messages).toEqual(['The same e-mail address is on line 2.'])
  })
})
