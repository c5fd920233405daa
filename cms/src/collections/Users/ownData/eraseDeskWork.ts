import type { PayloadRequest, Where } from 'payload'

type Note = { author?: unknown; authorName?: null | string } & Record<string, unknown>
type DeskWork = { deskOfficer?: unknown; deskOfficerName?: null | string; progressNotes?: Note[] | null }

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id?: unknown }).id : (value as unknown)

/** The names a support request (or one of its versions) keeps of `person`, replaced by `name`; null when none. */
const renamed = (work: DeskWork | undefined, person: number | string, name: string) => {
  if (!work) return null
  const isTheirs = (value: unknown) => String(idOf(value)) === String(person)
  const officer = isTheirs(work.deskOfficer) && work.deskOfficerName !== name
  const notes = (work.progressNotes ?? []).some((note) => isTheirs(note.author) && note.authorName !== name)
  if (!officer && !notes) return null
  return {
    ...(officer ? { deskOfficerName: name } : {}),
    ...(notes
      ? {
          progressNotes: (work.progressNotes ?? []).map((note) =>
            isTheirs(note.author) ? { ...note, author: idOf(note.author), authorName: name } : note,
          ),
        }
      : {}),
  }
}

/**
 * Erasure on the Development Desk: support requests keep the assigned officer's and each note's
 * author's display name (the requesting unit reads them without reading the desk's accounts), in
 * the document and in every version; they become the former volunteer's name. The relations stay,
 * to the erased account, as comments' do.
 */
export const eraseDeskWork = async ({
  account,
  name,
  req,
}: {
  account: { id: number | string }
  name: string
  req: PayloadRequest
}) => {
  const db = req.payload.db
  const theirs: Where = {
    or: [{ deskOfficer: { equals: account.id } }, { 'progressNotes.author': { equals: account.id } }],
  }
  const { docs } = await db.find<DeskWork & { id: number | string }>({
    collection: 'support-requests',
    where: theirs,
    limit: 0,
    pagination: false,
    req,
  })
  for (const doc of docs) {
    const data = renamed(doc, account.id, name)
    if (!data) continue
    await db.updateOne({
      collection: 'support-requests',
      id: doc.id,
      data: { ...data, updatedAt: null },
      req,
      returning: false,
    })
  }
  const versions = await db.findVersions<DeskWork>({
    collection: 'support-requests',
    where: {
      or: [
        { 'version.deskOfficer': { equals: account.id } },
        { 'version.progressNotes.author': { equals: account.id } },
      ],
    },
    limit: 0,
    pagination: false,
    req,
  })
  for (const version of versions.docs) {
    const data = renamed(version.version, account.id, name)
    if (!data) continue
    // An old version keeps its date: the versions' order is what makes one the latest.
    const versionData =
      db.name === 'mongoose'
        ? {
            ...Object.fromEntries(Object.entries(data).map(([key, value]) => [`version.${key}`, value])),
            updatedAt: null,
          }
        : { version: data, updatedAt: null }
    await db.updateVersion({
      collection: 'support-requests',
      id: version.id,
      versionData: versionData as never,
      req,
      returning: false,
    })
  }
}
