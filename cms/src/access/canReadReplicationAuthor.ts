import type { FieldAccess } from 'payload'

import { sameId } from '../utilities/sameId'
import { hasRole } from './hasRole'

/** Who declared a replication is personal: staff and the declarer see it, nobody else. */
export const canReadReplicationAuthor: FieldAccess = ({ doc, req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin', 'contentManager', 'validator')) return true
  return sameId((doc as { author?: unknown } | undefined)?.author, req.user.id)
}
