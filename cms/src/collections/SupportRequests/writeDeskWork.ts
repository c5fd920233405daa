import type { PayloadRequest } from 'payload'

import { createLocalReq, ValidationError } from 'payload'

import { inSeatTransaction } from '../../capacity/inSeatTransaction'
import type { SupportProgress } from '../../contract/supportProgress'
import { SUPPORT_REQUEST_LIMITS } from '../../contract/supportRequestLimits'
import type { SupportRequest } from '../../payload-types'
import { tellRequesterOfProgress } from './tellRequesterOfProgress'

type Id = number | string

/**
 * The desk's follow-up write, checked by the caller (`updateDeskWork`). The request is read and
 * written in one transaction, so a note is appended to the list as it is *then*, never to a copy
 * read earlier: SQLite runs one transaction at a time (serializeTransactions); on MongoDB two
 * concurrent writes of the request's document conflict and the loser is run again
 * (inSeatTransaction), so no note is lost. Written by a request without a user, so an accepted
 * request stays live: the staged-approval plugin's guards (a person's write is a new draft
 * revision) are for people's writes, and the caller was checked. A progress change tells the
 * requester and the unit's contact once the transaction has committed.
 */
export const writeDeskWork = async ({
  req,
  id,
  officer,
  progress,
  note,
  author,
}: {
  req: PayloadRequest
  id: Id
  officer: { id: Id; displayName: string } | null | undefined
  progress: SupportProgress | undefined
  note: string | undefined
  author: { id: Id; name: string }
}): Promise<SupportRequest> => {
  const refuse = (path: string, message: string) =>
    new ValidationError({ collection: 'support-requests', errors: [{ path, message }], req })
  const writer = await createLocalReq({}, req.payload)
  return inSeatTransaction(writer, async () => {
    const { docs } = await req.payload.find({
      collection: 'support-requests',
      where: { id: { equals: id } },
      draft: true,
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req: writer,
    })
    const doc = docs[0]
    if (!doc) throw refuse('progress', 'This support request no longer exists.')
    const stage = doc.workflow?.stage ?? 'draft'
    const accepted = stage === 'published'
    const data: Record<string, unknown> = {}
    if (officer !== undefined) {
      if (stage !== 'acceptance' && !accepted)
        throw refuse('deskOfficer', 'A desk officer is assigned once the request reaches the desk.')
      Object.assign(data, { deskOfficer: officer?.id ?? null, deskOfficerName: officer?.displayName ?? null })
    }
    if (progress !== undefined) {
      if (!accepted) throw refuse('progress', 'Progress is set once the desk has accepted the request.')
      data.progress = progress
    }
    if (note !== undefined) {
      if (!accepted) throw refuse('progressNotes', 'Notes are added once the desk has accepted the request.')
      const notes = (doc.progressNotes ?? []).map(({ date, note: text, author: by, authorName }) => ({
        date,
        note: text,
        author: by,
        authorName,
      }))
      if (notes.length >= SUPPORT_REQUEST_LIMITS.notes)
        throw refuse('progressNotes', `A request keeps at most ${SUPPORT_REQUEST_LIMITS.notes} notes.`)
      data.progressNotes = [
        ...notes,
        { date: new Date().toISOString(), note, author: author.id, authorName: author.name },
      ]
    }
    if (accepted) {
      // Written every time, from the live row: Payload merges a write into the latest version,
      // which still holds the mark the daily run cleared on the row alone.
      const live = await req.payload.db.findOne<SupportRequest>({
        collection: 'support-requests',
        where: { id: { equals: doc.id } },
        req: writer,
      })
      const told =
        progress !== undefined && progress !== doc.progress
          ? await tellRequesterOfProgress({ req: writer, request: doc, progress })
          : { digest: false }
      data.requesterDigestPending = told.digest || live?.requesterDigestPending === true
    }
    return req.payload.update({
      collection: 'support-requests',
      id: doc.id,
      data: data as never,
      draft: !accepted,
      depth: 0,
      overrideAccess: true,
      req: writer,
    })
  })
}
