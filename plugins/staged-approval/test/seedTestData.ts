import type { Payload } from 'payload'

const PASSWORD = 'staged-approval-test'

const PEOPLE = [
  { email: 'reporter@test.example', displayName: 'Rita Reporter', role: 'reporter', level: null },
  { email: 'branch@test.example', displayName: 'Bruno Branch', role: 'reviewer', level: 'branch' },
  { email: 'hq@test.example', displayName: 'Hanna Headquarters', role: 'reviewer', level: 'headquarters' },
  { email: 'admin@test.example', displayName: 'Ada Admin', role: 'admin', level: null },
] as const

export type TestAccounts = Record<string, { email: string; password: string }>

/** The test app's accounts, keyed by the part of the e-mail before the @ ('reporter', 'branch', …). */
export const seedTestData = async (payload: Payload): Promise<TestAccounts> => {
  const accounts: TestAccounts = {}
  for (const person of PEOPLE) {
    await payload.create({ collection: 'users', data: { ...person, password: PASSWORD } as never })
    accounts[person.email.split('@')[0] as string] = { email: person.email, password: PASSWORD }
  }
  return accounts
}
