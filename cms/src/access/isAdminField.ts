import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
