import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest, APIError, ValidationError } from 'payload'

import { hasRole } from '../../../access/hasRole'
import { SUPPORT_PROGRESS } from '../../../contract/supportProgress'
import { SUPPORT_REQUEST_LIMITS } from '../../../contract/supportRequestLimits'
import { idKindOf } from '../../../input/idKindOf'
import { isValidId } from '../../../input/isValidId'

const refuser = (req: PayloadRequest) => (path: string, message: string) =>
  new ValidationError({ collection: 'support-requests', errors: [{ path, message }], req })

type Body = { deskOfficer?: unknown; progress?: unknown; note?: unknown }

/**
 * POST /api/support-requests/:id/desk with `{ deskOfficer?, progress?, note? }`: the desk's
 * follow-up. Desk officers and admins assign a desk officer (while the desk decides, or once
 * accepted), and on an accepted request move progress and add a dated note the requesting unit
 * reads. Written without a user, so an accepted request stays live (a person's write would be a
 * new draft revision); the caller is checked here. 401 anonymous, 404 for a request the caller
 * cannot read, 403 for anyone but the desk, 400 naming the field for bad input.
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
    const stage = doc.workflow?.stage ?? 'draft'
    const accepted = stage === 'published'
    const data: Record<string, unknown> = {}

    if (body.deskOfficer !== undefined) {
      if (stage !== 'acceptance' && !accepted)
        throw refuse('deskOfficer', 'A desk officer is assigned once the request reaches the desk.')
      if (body.deskOfficer === null) {
        Object.assign(data, { deskOfficer: null, deskOfficerName: null })
      } else {
        const officerKind = idKindOf({
          db: req.payload.db,
          fields: req.payload.collections.users.config.flattenedFields,
        })
        if (!isValidId({ id: body.deskOfficer, kind: officerKind }))
          throw refuse(
            'deskOfficer',
            'The person assigned must be a desk officer (an account with the Desk officer role).',
          )
        const officer = await req.payload.findByID({
          collection: 'users',
          id: body.deskOfficer as number | string,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })
        if (!officer || !hasRole(officer, 'deskOfficer'))
          throw refuse(
            'deskOfficer',
            'The person assigned must be a desk officer (an account with the Desk officer role).',
          )
        Object.assign(data, { deskOfficer: officer.id, deskOfficerName: officer.displayName })
      }
    }
    if (body.progress !== undefined) {
      if (!accepted) throw refuse('progress', 'Progress is set once the desk has accepted the request.')
      if (!(SUPPORT_PROGRESS as readonly unknown[]).includes(body.progress))
        throw refuse('progress', `Progress is one of: ${SUPPORT_PROGRESS.join(', ')}.`)
      data.progress = body.progress
    }
    if (body.note !== undefined) {
      if (!accepted) throw refuse('progressNotes', 'Notes are added once the desk has accepted the request.')
      const note = typeof body.note === 'string' ? body.note.trim() : ''
      if (!note || note.length > SUPPORT_REQUEST_LIMITS.note)
        throw refuse('progressNotes', `Write a note of 1 to ${SUPPORT_REQUEST_LIMITS.note} characters.`)
      const notes = (doc.progressNotes ?? []).map(({ date, note: text, author, authorName }) => ({
        date,
        note: text,
        author,
        authorName,
      }))
      if (notes.length >= SUPPORT_REQUEST_LIMITS.notes)
        throw refuse('progressNotes', `A request keeps at most ${SUPPORT_REQUEST_LIMITS.notes} notes.`)
      data.progressNotes = [
        ...notes,
        {
          date: new Date().toISOString(),
          note,
          author: user.id,
          authorName: String((user as { displayName?: unknown }).displayName ?? ''),
        },
      ]
    }
    if (Object.keys(data).length === 0)
      throw refuse('progress', 'Nothing to change: send deskOfficer, progress or note.')

    // No user and no req: the staged-approval plugin's guards are for people's writes; this one
    // was checked above, and must not turn an accepted request into a new draft revision.
    const updated = await req.payload.update({
      collection: 'support-requests',
      id: doc.id,
      data: data as never,
      draft: !accepted,
      depth: 0,
      overrideAccess: true,
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
