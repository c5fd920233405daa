import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import type { SanitizedOptions, WorkflowDoc } from '../types'
import { reviewStage } from '../utilities/stages'

const DAY = 24 * 60 * 60 * 1000

/** GET /api/workflow/queue: what waits for the caller's decision, oldest first. */
export const queueEndpoint = (options: SanitizedOptions): Endpoint => ({
  path: '/workflow/queue',
  method: 'get',
  handler: async (req) => {
    const user = req.user
    if (!user) throw new APIError('Sign in to see your queue.', 401, undefined, true)
    const level = await options.validatorLevel({ req, user })
    if (!level) return Response.json({ level: null, items: [] })
    const now = Date.now()
    const items = []
    for (const collection of options.collections) {
      const { docs } = await req.payload.find({
        collection,
        where: { 'workflow.stage': { equals: reviewStage(level) } },
        draft: true,
        limit: 0,
        pagination: false,
        depth: 0,
        req,
        user,
        overrideAccess: false,
      })
      const titleField = req.payload.collections[collection]?.config.admin.useAsTitle ?? 'id'
      for (const doc of docs as unknown as WorkflowDoc[]) {
        const [inScope, isAuthor] = await Promise.all([
          options.isInScope({ doc, req, user }),
          options.isAuthor({ doc, req, user }),
        ])
        if (!inScope || isAuthor) continue
        const since = new Date(String(doc.workflow?.stageEnteredAt ?? doc.updatedAt)).getTime()
        items.push({
          collection,
          id: doc.id,
          title: doc[titleField] ?? null,
          stage: doc.workflow?.stage,
          revision: doc.workflow?.revision ?? 0,
          waitingSince: new Date(since).toISOString(),
          waitingDays: Math.floor((now - since) / DAY),
        })
      }
    }
    items.sort((a, b) => a.waitingSince.localeCompare(b.waitingSince))
    return Response.json({ level, items })
  },
})
