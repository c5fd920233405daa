import type { Access } from 'payload'

import { supportRequestReaders } from './supportRequestReaders'

/** A support request's versions: the same people as the request itself. */
export const readSupportRequestVersions: Access = ({ req }) =>
  supportRequestReaders({ req, prefix: 'version.' })
