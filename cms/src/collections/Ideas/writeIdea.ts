import type { PayloadRequest } from 'payload'

import { WORKFLOW_CONTEXT } from '@redcloud/plugin-staged-approval'

import type { Idea } from '../../payload-types'

/**
 * Writes fields only the idea's endpoints set (mentors, visibility, graduation), inside the
 * caller's transaction, as the workflow writes: a live idea stays live, and an idea whose live
 * version has a revision under way gets the change on that revision (`draft`), never publishing it.
 */
export const writeIdea = async ({
  data,
  idea,
  req,
}: {
  data: Partial<Pick<Idea, 'graduatedTo' | 'mentors' | 'showPublicly'>>
  idea: Pick<Idea, '_status' | 'id' | 'workflow'>
  req: PayloadRequest
}): Promise<Idea> => {
  const live = await req.payload.findByID({
    collection: 'ideas',
    id: idea.id,
    depth: 0,
    draft: false,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  const isLive = live?._status === 'published'
  const revising = isLive && idea.workflow?.stage !== 'published'
  return req.payload.update({
    collection: 'ideas',
    id: idea.id,
    data: { ...data, _status: isLive && !revising ? 'published' : 'draft' },
    draft: revising,
    depth: 0,
    req,
    overrideAccess: true,
    context: { [WORKFLOW_CONTEXT]: true },
  })
}
