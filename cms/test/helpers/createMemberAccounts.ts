import type { Payload } from 'payload'

import { DEMO_PASSWORD, demoEmail } from './demoUsers'

type Member = { name: string; displayName: string; unit: number | string; preferredLanguage?: string }

/**
 * Member accounts with the demo password, for tests that need many people. The first goes
 * through payload.create (hooks, defaults, a real password hash); the others are copies of its
 * stored row with their own e-mail, name, unit and language, password hash included: Payload
 * hashes with 600 000 PBKDF2 rounds (~170 ms of CPU each). Every account signs in for real.
 */
export const createMemberAccounts = async (payload: Payload, members: Member[]): Promise<void> => {
  const [first, ...others] = members
  if (!first) return
  const dataOf = ({ name, displayName, unit, preferredLanguage }: Member) => ({
    email: demoEmail(name),
    displayName,
    unit,
    ...(preferredLanguage ? { preferredLanguage } : {}),
  })
  const created = await payload.create({
    collection: 'users',
    data: { ...dataOf(first), password: DEMO_PASSWORD, roles: ['member'] } as never,
  })
  const {
    id: _id,
    sessions: _sessions,
    ...stored
  } = (await payload.db.findOne({
    collection: 'users',
    where: { id: { equals: created.id } },
  })) as Record<string, unknown>
  for (const member of others)
    await payload.db.create({ collection: 'users', data: { ...stored, ...dataOf(member) } })
}
