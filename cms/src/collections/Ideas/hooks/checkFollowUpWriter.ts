import type { CollectionBeforeChangeHook } from 'payload'

import { APIError, ValidationError } from 'payload'

import { isHubReviewer } from '../../../access/isHubReviewer'
import { idOf } from '../../../contract/idOf'
import { IDEA_FOLLOW_UP_STAGES } from '../../../contract/ideaFollowUpStages'
import { isIdeaMentor } from '../isIdeaMentor'
import { isIdeaTeam } from '../isIdeaTeam'

/**
 * For an idea's notes and funding: the idea is in incubation or later, and the person writing is
 * in its team, among its mentors (when `mentors`), a Hub reviewer or an admin. On create it also
 * stamps who wrote the entry. The idea of an entry never changes. Server writes without a user pass.
 */
export const checkFollowUpWriter =
  ({
    collection,
    mentors,
  }: {
    collection: 'idea-funding' | 'idea-notes'
    mentors: boolean
  }): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const refuse = (message: string) =>
      new ValidationError({ collection, errors: [{ path: 'idea', message }], req })
    const ideaId = operation === 'create' ? idOf(data.idea) : idOf(originalDoc?.idea)
    if (operation === 'update' && 'idea' in data && String(idOf(data.idea)) !== String(ideaId))
      throw refuse('An entry stays with its idea.')
    if (!req.user) return data
    if (ideaId === null) throw refuse('Choose the idea.')
    const idea = await req.payload.findByID({
      collection: 'ideas',
      id: ideaId,
      depth: 0,
      draft: true,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!idea) throw refuse('Choose the idea.')
    const allowed =
      isHubReviewer(req.user) ||
      isIdeaTeam({ doc: idea, user: req.user }) ||
      (mentors && isIdeaMentor({ doc: idea, user: req.user }))
    if (!allowed)
      throw new APIError(
        "Only the idea's team, mentors and the Hub's reviewers do this.",
        403,
        undefined,
        true,
      )
    if (!(IDEA_FOLLOW_UP_STAGES as readonly string[]).includes(idea.workflow?.stage ?? 'draft'))
      throw refuse('Notes and funding are kept once the idea is in incubation.')
    if (operation !== 'create') return data
    return {
      ...data,
      idea: ideaId,
      author: req.user.id,
      authorName: String((req.user as { displayName?: unknown }).displayName ?? ''),
    }
  }
