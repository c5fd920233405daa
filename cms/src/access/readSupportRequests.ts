import type { Access } from 'payload'

import { supportRequestReaders } from './supportRequestReaders'

/**
 * Support requests are never public: members of the requesting unit (and whoever wrote one),
 * validators whose subtree holds the unit, desk officers and admins read them.
 */
export const readSupportRequests: Access = ({ req }) => supportRequestReaders({ req, prefix: '' })
