import type { Endpoint } from 'payload'

import { addDataAndFileToRequest, APIError, ValidationError } from 'payload'

import { isHubReviewer } from '../../../access/isHubReviewer'
import { inSeatTransaction } from '../../../capacity/inSeatTransaction'
import { IDEA_FOLLOW_UP_STAGES } from '../../../contract/ideaFollowUpStages'
import { IDEA_LIMITS } from '../../../contract/ideaLimits'
import { sameId } from '../../../utilities/sameId'
import { findIdeaFor } from '../findIdeaFor'
import { findMentor } from '../findMentor'
import { mentorNames } from '../mentorNames'
import { isIdeaTeam } from '../isIdeaTeam'
import { writeIdea } from '../writeIdea'

/**
 * POST /api/ideas/:id/mentors with `{ mentor, remove? }` (or `{ mentorEmail }` instead of the
 * account id, as the admin panel's mentors box sends it): the Hub's reviewers assign (or remove)
 * a mentor to an idea from incubation on. The list is re-read and written in one transaction
 * that writes the idea, so two assignments at once never lose one: SQLite runs them in turn, and
 * on MongoDB the second conflicts and runs again (`inSeatTransaction`). 401, 404, 403 for anyone
 * but a reviewer or admin, 400 naming `mentor` (or `mentorEmail`) for bad input. Answers `{ mentors, names }` (ids, and
 * `{ id, name }` of each mentor for the panel).
 */
export const assignMentor: Endpoint = {
  path: '/:id/mentors',
  method: 'post',
  handler: async (req) => {
    const found = await findIdeaFor(req, 'assign a mentor')
    if (!isHubReviewer(req.user))
      throw new APIError("Only the Innovation Hub's reviewers assign mentors.", 403, undefined, true)
    const refuse = (message: string, path = 'mentor') =>
      new ValidationError({ collection: 'ideas', errors: [{ path, message }], req })
    await addDataAndFileToRequest(req).catch(() => undefined)
    const body = (req.data ?? {}) as { mentor?: unknown; mentorEmail?: unknown; remove?: unknown }
    const mentor = await findMentor({ req, body, refuse })
    if (isIdeaTeam({ doc: found, user: mentor })) throw refuse("Someone in the idea's team cannot mentor it.")

    const mentors = await inSeatTransaction(req, async () => {
      const idea = await req.payload.findByID({
        collection: 'ideas',
        id: found.id,
        depth: 0,
        draft: true,
        req,
        overrideAccess: true,
      })
      const stage = idea.workflow?.stage ?? 'draft'
      if (!(IDEA_FOLLOW_UP_STAGES as readonly string[]).includes(stage))
        throw refuse('Mentors are assigned once the idea is in incubation.')
      const current = (idea.mentors ?? []).map((m) => (typeof m === 'object' ? m.id : m))
      const has = current.some((id) => sameId(id, mentor.id))
      if (body.remove === true) {
        if (!has) return current
        const updated = await writeIdea({
          data: { mentors: current.filter((id) => !sameId(id, mentor.id)) },
          idea,
          req,
        })
        return updated.mentors ?? []
      }
      if (has) return current
      if (current.length >= IDEA_LIMITS.mentors)
        throw refuse(`An idea has at most ${IDEA_LIMITS.mentors} mentors.`)
      const updated = await writeIdea({ data: { mentors: [...current, mentor.id] }, idea, req })
      return updated.mentors ?? []
    })
    const ids = mentors.map((m) => (typeof m === 'object' ? m.id : m))
    return Response.json({ mentors: ids, names: await mentorNames({ req, ids }) })
  },
}
