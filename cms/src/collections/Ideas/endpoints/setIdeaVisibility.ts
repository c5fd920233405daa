import type { Endpoint } from 'payload'

import { addDataAndFileToRequest, APIError, ValidationError } from 'payload'

import { hasRole } from '../../../access/hasRole'
import { inSeatTransaction } from '../../../capacity/inSeatTransaction'
import { IDEA_PUBLIC_STAGES } from '../../../contract/ideaPublicStages'
import { notifySiteAfterCommit } from '../../../hooks/notifySiteAfterCommit'
import { findIdeaFor } from '../findIdeaFor'
import { isIdeaTeam } from '../isIdeaTeam'
import { writeIdea } from '../writeIdea'

/**
 * POST /api/ideas/:id/visibility with `{ showPublicly }`: from pilot on, the idea's team (or an
 * admin) shows it on the public site, or hides it again. 401, 404, 403 for anyone else, 400
 * naming `showPublicly` before pilot or for anything but true or false.
 */
export const setIdeaVisibility: Endpoint = {
  path: '/:id/visibility',
  method: 'post',
  handler: async (req) => {
    const found = await findIdeaFor(req, 'show an idea')
    if (!isIdeaTeam({ doc: found, user: req.user }) && !hasRole(req.user, 'admin'))
      throw new APIError("Only the idea's team decides whether to show it.", 403, undefined, true)
    const refuse = (message: string) =>
      new ValidationError({ collection: 'ideas', errors: [{ path: 'showPublicly', message }], req })
    await addDataAndFileToRequest(req).catch(() => undefined)
    const { showPublicly } = (req.data ?? {}) as { showPublicly?: unknown }
    if (typeof showPublicly !== 'boolean')
      throw refuse('Say true to show the idea publicly, false to hide it.')
    const updated = await inSeatTransaction(req, async () => {
      const idea = await req.payload.findByID({
        collection: 'ideas',
        id: found.id,
        depth: 0,
        draft: true,
        req,
        overrideAccess: true,
      })
      if (!(IDEA_PUBLIC_STAGES as readonly string[]).includes(idea.workflow?.stage ?? 'draft'))
        throw refuse('An idea can be shown publicly from its pilot on.')
      return writeIdea({ data: { showPublicly }, idea, req })
    })
    notifySiteAfterCommit({ req, reason: 'ideas visibility' })
    return Response.json({ showPublicly: Boolean(updated.showPublicly) })
  },
}
