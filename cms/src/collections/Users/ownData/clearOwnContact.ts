import type { PayloadRequest } from 'payload'

type Contact = { name?: null | string; email?: null | string } | null | undefined

export const CLEARED_CONTACT = { name: null, role: null, email: null, phone: null, consent: false }

const same = (a: unknown, b: unknown) =>
  typeof a === 'string' &&
  typeof b === 'string' &&
  a.trim() !== '' &&
  a.trim().toLowerCase() === b.trim().toLowerCase()

/** A practice's contact person is the erased account when it has their address or their name. */
const isTheirs = (contact: Contact, person: { email?: unknown; displayName?: unknown }) =>
  Boolean(contact) && (same(contact?.email, person.email) || same(contact?.name, person.displayName))

/**
 * Clears the contact block of the practices an erased person authored, where that contact is
 * them, in the practice and in every one of its versions (a pending draft would otherwise
 * publish it again). Inside the erasure's transaction: one adapter call at a time, finds
 * without pagination. SQLite writes only the group given; MongoDB would replace a version's
 * whole `version` object with `{ version: { contact } }`, so it gets the dotted path instead
 * (Mongoose sets just that sub-document).
 */
export const clearOwnContact = async ({
  person,
  practiceIds,
  req,
}: {
  person: { email?: unknown; displayName?: unknown }
  practiceIds: (number | string)[]
  req: PayloadRequest
}): Promise<number> => {
  if (practiceIds.length === 0) return 0
  const { db } = req.payload
  let cleared = 0
  const { docs } = await db.find<{ id: number | string; contact?: Contact }>({
    collection: 'practices',
    where: { id: { in: practiceIds } },
    limit: 0,
    pagination: false,
    req,
  })
  for (const doc of docs) {
    if (!isTheirs(doc.contact, person)) continue
    await db.updateOne({
      collection: 'practices',
      id: doc.id,
      // `updatedAt: null`: the adapters leave it as it was (this is no edit of the practice).
      data: { contact: CLEARED_CONTACT, updatedAt: null },
      req,
      returning: false,
    })
    cleared++
  }
  const versions = await db.findVersions<{ contact?: Contact }>({
    collection: 'practices',
    where: { parent: { in: practiceIds } },
    limit: 0,
    pagination: false,
    req,
  })
  for (const version of versions.docs) {
    if (!isTheirs(version.version?.contact, person)) continue
    // An old version keeps its date: the versions' order is what makes one the latest.
    const versionData =
      db.name === 'mongoose'
        ? { 'version.contact': CLEARED_CONTACT, updatedAt: null }
        : { version: { contact: CLEARED_CONTACT }, updatedAt: null }
    await db.updateVersion({
      collection: 'practices',
      id: version.id,
      versionData: versionData as never,
      req,
      returning: false,
    })
    cleared++
  }
  return cleared
}
