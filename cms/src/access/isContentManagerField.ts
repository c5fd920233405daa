import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/** Content managers and admins only, for fields the server keeps (also denies where and sort). */
export const isContentManagerField: FieldAccess = ({ req }) => hasRole(req.user, 'contentManager', 'admin')
