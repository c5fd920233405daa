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
 * without pagination. SQLite writes only the group given; MongoDB replaces a version's whole
 * `version` object, so it gets back the one it gave, with the contact cleared.
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
      data: { contact: CLEARED_CONTACT },
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
    const versionData =
      db.name === 'mongoose'
        ? { ...version, version: { ...version.version, contact: CLEARED_CONTACT } }
        : { version: { contact: CLEARED_CONTACT } }
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
