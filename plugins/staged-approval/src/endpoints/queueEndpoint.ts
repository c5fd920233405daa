import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import type { SanitizedOptions, WorkflowDoc } from '../types'
import { stageOfStep } from '../utilities/stages'

const DAY = 24 * 60 * 60 * 1000

/**
 * GET /api/workflow/queue: what waits for the caller's decision, oldest first. `level` is the
 * first step the caller decides at in the first collection they validate; each item carries
 * its own.
 */
export const queueEndpoint = (options: SanitizedOptions): Endpoint => ({
  path: '/workflow/queue',
  method: 'get',
  handler: async (req) => {
    const user = req.user
    if (!user) throw new APIError('Sign in to see your queue.', 401, undefined, true)
    const now = Date.now()
    let firstLevel: null | string = null
    const items = []
    for (const { decidesAt, isAuthor, isInScope, slug, steps } of options.collections) {
      const mine = await decidesAt({ req, user })
      if (mine.length === 0) continue
      firstLevel ??= mine[0] as string
      const { docs } = await req.payload.find({
        collection: slug,
        where: { 'workflow.stage': { in: mine.map((step) => stageOfStep(step, steps)) } },
        draft: true,
        limit: 0,
        pagination: false,
        depth: 0,
        req,
        user,
        overrideAccess: false,
      })
      const titleField = req.payload.collections[slug]?.config.admin.useAsTitle ?? 'id'
      for (const doc of docs as unknown as WorkflowDoc[]) {
        const [inScope, isOwn] = await Promise.all([
          isInScope({ doc, req, user }),
          isAuthor({ doc, req, user }),
        ])
        if (!inScope || isOwn) continue
        const since = new Date(String(doc.workflow?.stageEnteredAt ?? doc.updatedAt)).getTime()
        items.push({
          collection: slug,
          id: doc.id,
          title: doc[titleField] ?? null,
          stage: doc.workflow?.stage,
          level: steps.find(({ stage }) => stage === doc.workflow?.stage)?.name ?? null,
          revision: doc.workflow?.revision ?? 0,
          waitingSince: new Date(since).toISOString(),
          waitingDays: Math.floor((now - since) / DAY),
        })
      }
    }
    items.sort((a, b) => a.waitingSince.localeCompare(b.waitingSince))
    return Response.json({ level: firstLevel, items })
  },
})
