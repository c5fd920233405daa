import type { PayloadRequest, Where } from 'payload'

import { idOf } from '../../../contract/idOf'
import { pickFields } from './pickFields'
import { collectOwnVolunteering } from './collectOwnVolunteering'

/** The account's own fields: never the password hash, salt, tokens, sessions or lock state. */
const ACCOUNT_FIELDS = [
  'id',
  'email',
  'displayName',
  'roles',
  'notificationMode',
  'preferredLanguage',
  'accountStatus',
  '_verified',
  'accountDecisionComment',
  'termsAcceptedAt',
  'skills',
  'coordinator',
  'callAlerts',
  'createdAt',
  'updatedAt',
] as const

/**
 * Everything RedCloud keeps about one person, as they may take it away (GET /api/users/me/export):
 * the account, the practices they authored (the latest state of each, every language, as they
 * may read it), their comments, likes, reports of comments, workflow decisions and uploads, and
 * what they take part in (`collectOwnVolunteering`: trainings, shifts, ideas, notes, funding).
 * Reads in sequence, outside any transaction.
 */
export const collectOwnData = async ({ id, req }: { id: number | string; req: PayloadRequest }) => {
  const { payload } = req
  const mine = (field: string): Where => ({ [field]: { equals: id } })
  const account = (await payload.db.findOne({
    collection: 'users',
    req,
    where: { id: { equals: id } },
  })) as null | Record<string, unknown>
  if (!account) return null
  const unitId = idOf(account.unit)
  const unit =
    unitId === null
      ? null
      : await payload.findByID({ collection: 'units', id: unitId, depth: 0, req, disableErrors: true })

  const practices = await payload.find({
    collection: 'practices',
    where: mine('author'),
    draft: true,
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const comments = await payload.find({
    collection: 'comments',
    where: mine('author'),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const reported = await payload.find({
    collection: 'comments',
    where: mine('reports.reporter'),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const likes = await payload.find({
    collection: 'likes',
    where: mine('user'),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const decisions = await payload.find({
    collection: 'workflow-events',
    where: mine('user'),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    sort: 'createdAt',
    req,
  })
  const uploads = await payload.find({
    collection: 'media',
    where: mine('uploadedBy'),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })

  const volunteering = await collectOwnVolunteering({ id, req })

  return {
    exportedAt: new Date().toISOString(),
    account: {
      ...pickFields(account, ACCOUNT_FIELDS),
      unit: unit ? { id: unit.id, name: unit.name, code: unit.code } : null,
    },
    practices: practices.docs,
    comments: comments.docs.map((doc) =>
      pickFields(doc, [
        'id',
        'practice',
        'body',
        'authorName',
        'authorUnitName',
        'state',
        'createdAt',
        'updatedAt',
      ]),
    ),
    commentReports: reported.docs.flatMap((doc) =>
      (doc.reports ?? [])
        .filter((report) => String(idOf(report.reporter)) === String(id))
        .map((report) => ({ comment: doc.id, reason: report.reason, reportedAt: report.reportedAt })),
    ),
    likes: likes.docs.map((doc) => pickFields(doc, ['id', 'practice', 'createdAt'])),
    workflowDecisions: decisions.docs.map((doc) =>
      pickFields(doc, [
        'id',
        'itemCollection',
        'document',
        'action',
        'from',
        'to',
        'userName',
        'userRole',
        'userLevel',
        'comment',
        'createdAt',
      ]),
    ),
    uploads: uploads.docs.map((doc) =>
      pickFields(doc, [
        'id',
        'filename',
        'mimeType',
        'filesize',
        'width',
        'height',
        'alt',
        'url',
        'createdAt',
        'updatedAt',
      ]),
    ),
    ...volunteering,
  }
}
