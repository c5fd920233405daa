import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Content managers and admins: they keep FAQ, guides, themes and media current. */
export const isContentManager: Access = ({ req }) => hasRole(req.user, 'contentManager', 'admin')
