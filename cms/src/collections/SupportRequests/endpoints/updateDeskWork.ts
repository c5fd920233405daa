import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest, APIError, ValidationError } from 'payload'

import { hasRole } from '../../../access/hasRole'
import { SUPPORT_PROGRESS } from '../../../contract/supportProgress'
import { SUPPORT_REQUEST_LIMITS } from '../../../contract/supportRequestLimits'
import { idKindOf } from '../../../input/idKindOf'
import { isValidId } from '../../../input/isValidId'
import { writeDeskWork } from '../writeDeskWork'

const refuser = (req: PayloadRequest) => (path: string, message: string) =>
  new ValidationError({ collection: 'support-requests', errors: [{ path, message }], req })

type Body = { deskOfficer?: unknown; progress?: unknown; note?: unknown }

/**
 * POST /api/support-requests/:id/desk with `{ deskOfficer?, progress?, note? }`: the desk's
 * follow-up. Desk officers and admins assign a desk officer (while the desk decides, or once
 * accepted), and on an accepted request move progress and add a dated note the requesting unit
 * reads. The caller and the body are checked here, the write is `writeDeskWork`'s (one
 * transaction, so that concurrent notes are all kept). 401 anonymous, 404 for a request the
 * caller cannot read, 403 for anyone but the desk, 400 naming the field for bad input.
 */
export const updateDeskWork: Endpoint = {
  path: '/:id/desk',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user) throw new APIError('Sign in to follow up a support request.', 401, undefined, true)
    const id = req.routeParams?.id
    const kind = idKindOf({
      db: req.payload.db,
      fields: req.payload.collections['support-requests'].config.flattenedFields,
    })
    const notFound = new APIError('Support request not found.', 404, undefined, true)
    if ((typeof id !== 'string' && typeof id !== 'number') || !isValidId({ id, kind })) throw notFound
    const { docs } = await req.payload.find({
      collection: 'support-requests',
      where: { id: { equals: id } },
      draft: true,
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: false,
      user,
      req,
    })
    const doc = docs[0]
    if (!doc) throw notFound
    if (!hasRole(user, 'deskOfficer', 'admin'))
      throw new APIError('Only the Development Desk follows up support requests.', 403, undefined, true)

    const refuse = refuser(req)
    await addDataAndFileToRequest(req).catch(() => undefined)
    const body = (req.data ?? {}) as Body
    let officer: { id: number | string; displayName: string } | null | undefined
    if (body.deskOfficer === null) officer = null
    else if (body.deskOfficer !== undefined) {
      const officerKind = idKindOf({
        db: req.payload.db,
        fields: req.payload.collections.users.config.flattenedFields,
      })
      const found = isValidId({ id: body.deskOfficer, kind: officerKind })
        ? await req.payload.findByID({
            collection: 'users',
            id: body.deskOfficer as number | string,
            depth: 0,
            req,
            overrideAccess: true,
            disableErrors: true,
          })
        : null
      if (!found || !hasRole(found, 'deskOfficer'))
        throw refuse(
          'deskOfficer',
          'The person assigned must be a desk officer (an account with the Desk officer role).',
        )
      officer = { id: found.id, displayName: found.displayName }
    }
    if (body.progress !== undefined && !(SUPPORT_PROGRESS as readonly unknown[]).includes(body.progress))
      throw refuse('progress', `Progress is one of: ${SUPPORT_PROGRESS.join(', ')}.`)
    let note: string | undefined
    if (body.note !== undefined) {
      note = typeof body.note === 'string' ? body.note.trim() : ''
      if (!note || note.length > SUPPORT_REQUEST_LIMITS.note)
        throw refuse('progressNotes', `Write a note of 1 to ${SUPPORT_REQUEST_LIMITS.note} characters.`)
    }
    if (officer === undefined && body.progress === undefined && note === undefined)
      throw refuse('progress', 'Nothing to change: send deskOfficer, progress or note.')

    const updated = await writeDeskWork({
      req,
      id: doc.id,
      officer,
      progress: body.progress as (typeof SUPPORT_PROGRESS)[number] | undefined,
      note,
      author: { id: user.id, name: String((user as { displayName?: unknown }).displayName ?? '') },
    })
    return Response.json({
      doc: {
        id: updated.id,
        deskOfficer: updated.deskOfficer ?? null,
        deskOfficerName: updated.deskOfficerName ?? null,
        progress: updated.progress ?? null,
        progressNotes: (updated.progressNotes ?? []).map(({ date, note, authorName }) => ({
          date,
          note,
          authorName,
        })),
      },
    })
  },
}
