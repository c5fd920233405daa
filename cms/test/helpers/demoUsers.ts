import type { Unit } from '@redcloud/cms/payload-types'
import type { Payload, TypedUser } from 'payload'

export const DEMO_PASSWORD = process.env.SEED_PASSWORD ?? 'redcloud-demo'

export const demoEmail = (name: string): string => `${name}@redcloud.example.org`

/** A demo account as the Local API expects `user` (what Payload puts on req.user). */
export const demoUser = async (payload: Payload, name: string): Promise<TypedUser> => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: demoEmail(name) } },
    limit: 1,
    depth: 0,
    showHiddenFields: true,
  })
  const user = docs[0]
  if (!user) throw new Error(`No demo account ${name}: was the seed run?`)
  return { ...user, collection: 'users' } as TypedUser
}

/** Looks up a unit's ID by its code (e.g. 'LOM-MI'); typed as SQLite's number, a string on MongoDB. */
export const unitId = async (payload: Payload, code: string): Promise<Unit['id']> => {
  const { docs } = await payload.find({
    collection: 'units',
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) throw new Error(`No unit ${code}`)
  return docs[0].id
}
