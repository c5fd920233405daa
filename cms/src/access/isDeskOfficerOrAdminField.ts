import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/** The Development Desk's own fields of a support request: desk officers and admins. */
export const isDeskOfficerOrAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'deskOfficer', 'admin')
