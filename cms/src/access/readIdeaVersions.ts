import type { Access } from 'payload'

import { ideaReaders } from './ideaReaders'

/** An idea's versions: its team, mentors, the Hub's reviewers and admins; never the public. */
export const readIdeaVersions: Access = ({ req }) => ideaReaders({ req, prefix: 'version.' })
