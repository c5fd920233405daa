import type { Endpoint } from 'payload'

import {
  addDataAndFileToRequest,
  APIError,
  commitTransaction,
  headersWithCors,
  initTransaction,
  killTransaction,
} from 'payload'

import { notifyModeratorsOfReport } from '../../../notifications/notifyModeratorsOfReport'
import { enforceRateLimit } from '../../../rateLimit/enforceRateLimit'
import { sameId } from '../../../utilities/sameId'

const REPORT_REASON_MAX_LENGTH = 300

/**
 * POST /api/comments/:id/report with `{ reason? }`: anyone signed in reports a visible comment
 * once. 401 anonymous, 404 a comment the caller cannot see or that is hidden, 409 a second report
 * by the same person, 400 a reason that is not text or too long. Reporters stay private: the
 * reports are readable by content managers and admins only.
 */
export const reportComment: Endpoint = {
  path: '/:id/report',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to report a comment.', 401, undefined, true)
    await enforceRateLimit({ account: req.user.id, limit: 'comments', req })
    await addDataAndFileToRequest(req)
    const rawReason = (req.data as { reason?: unknown } | undefined)?.reason ?? null
    if (rawReason !== null && typeof rawReason !== 'string') {
      throw new APIError(
        'The reason must be text.',
        400,
        [{ path: 'reason', message: 'The reason must be text.' }],
        true,
      )
    }
    const reason = rawReason?.trim() || null
    if (reason && reason.length > REPORT_REASON_MAX_LENGTH) {
      const message = `The reason can be at most ${REPORT_REASON_MAX_LENGTH} characters long.`
      throw new APIError(message, 400, [{ path: 'reason', message }], true)
    }
    const id = req.routeParams?.id as number | string
    const shouldCommit = await initTransaction(req)
    try {
      const visible = await req.payload.find({
        collection: 'comments',
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: false,
        req,
        select: {},
        user: req.user,
        where: { and: [{ id: { equals: id } }, { state: { equals: 'visible' } }] },
      })
      if (!visible.docs[0]) throw new APIError('Comment not found.', 404, undefined, true)
      // The reports themselves are for moderators: read them on the server's own authority.
      const comment = await req.payload.findByID({ collection: 'comments', id, depth: 0, req })
      const reports = comment.reports ?? []
      if (reports.some((report) => sameId(report.reporter, req.user?.id))) {
        throw new APIError('You have already reported this comment.', 409, undefined, true)
      }
      const { digestPending } = await notifyModeratorsOfReport({
        commentId: id,
        reason,
        reportCount: reports.length + 1,
        req,
      })
      await req.payload.update({
        collection: 'comments',
        id,
        context: { isCommentReport: true },
        data: {
          reports: [...reports, { reporter: req.user.id, reason, reportedAt: new Date().toISOString() }],
          reportCount: reports.length + 1,
          ...(digestPending ? { moderatorDigestPending: true } : {}),
        },
        depth: 0,
        req,
      })
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    return Response.json(
      { message: 'Thank you: the moderators will look at this comment.' },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
}
