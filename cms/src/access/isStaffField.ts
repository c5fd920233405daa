import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/** Validators, content managers and admins: who proposed an item is not for members or the public. */
export const isStaffField: FieldAccess = ({ req }) =>
  hasRole(req.user, 'validator', 'contentManager', 'admin')
