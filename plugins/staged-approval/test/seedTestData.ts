import type { Payload } from 'payload'

const PASSWORD = 'staged-approval-test'

const PEOPLE = [
  { email: 'reporter@test.example', fullName: 'Rita Reporter', position: 'reporter', level: null },
  { email: 'branch@test.example', fullName: 'Bruno Branch', position: 'reviewer', level: 'branch' },
  { email: 'hq@test.example', fullName: 'Hanna Headquarters', position: 'reviewer', level: 'headquarters' },
  // The account that may override: named `admin` in the tests, a chief by its position.
  { email: 'admin@test.example', fullName: 'Ada Admin', position: 'chief', level: null },
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
