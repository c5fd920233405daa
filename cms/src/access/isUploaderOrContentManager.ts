import type { Access } from 'payload'

import { hasRole } from './hasRole'

export const isUploaderOrContentManager: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin', 'contentManager')) return true
  return { uploadedBy: { equals: req.user.id } }
}
