import type { Access } from 'payload'

import { ideaReaders } from './ideaReaders'

/** Ideas: their team, mentors, the Hub's reviewers and admins; the public from pilot on when the team shows it. */
export const readIdeas: Access = ({ req }) => ideaReaders({ req, prefix: '' })
