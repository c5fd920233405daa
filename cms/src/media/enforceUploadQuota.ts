import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { hasRole } from '../access/hasRole'
import { settings } from '../settings'

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/**
 * Each member's uploads together stay under a number of files and of bytes (413 otherwise);
 * staff are exempt, like from the rate limits. New files count; replacing the file of an upload
 * not in public use is bounded by the size limit and the upload rate limit instead.
 */
export const enforceUploadQuota: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' || !req.user || req.payloadAPI === 'local') return args
  if (hasRole(req.user, 'validator', 'contentManager', 'admin')) return args
  const { maxBytes, maxFiles } = settings.uploadQuota
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { uploadedBy: { equals: req.user.id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { filesize: true },
  })
  const used = docs.reduce((sum, doc) => sum + (doc.filesize ?? 0), 0)
  const size = req.file?.size ?? 0
  if (docs.length + 1 > maxFiles) {
    throw new APIError(
      `You have reached your limit of ${maxFiles} files: delete files you no longer use, or ask a content manager.`,
      413,
      undefined,
      true,
    )
  }
  if (used + size > maxBytes) {
    throw new APIError(
      `This file would take your uploads over your limit of ${megabytes(maxBytes)} (${megabytes(used)} used): delete files you no longer use, or ask a content manager.`,
      413,
      undefined,
      true,
    )
  }
  return args
}
