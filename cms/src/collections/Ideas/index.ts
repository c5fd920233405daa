import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { isAdmin } from '../../access/isAdmin'
import { isHubReviewer } from '../../access/isHubReviewer'
import { readIdeas } from '../../access/readIdeas'
import { readIdeaVersions } from '../../access/readIdeaVersions'
import { updateIdeas } from '../../access/updateIdeas'
import { guardHiddenFieldSort } from '../../hooks/guardHiddenFieldSort'
import { translated } from '../../i18n/translated'
import { rateLimitOperations } from '../../rateLimit/rateLimitOperations'
import { assignMentor } from './endpoints/assignMentor'
import { graduateIdea } from './endpoints/graduateIdea'
import { setIdeaVisibility } from './endpoints/setIdeaVisibility'
import { ideaFields } from './fields'
import { assignIdeaAuthor } from './hooks/assignIdeaAuthor'

/**
 * DESIGN.md "Innovation Hub": ideas members submit to a challenge or to the open call. They go
 * through the staged-approval plugin's pipeline (`ideaChain`); from incubation they have
 * mentors, progress notes (`idea-notes`) and funding (`idea-funding`). Seen by their team,
 * mentors, the Hub's reviewers and admins; from pilot on by anyone when the team shows them.
 */
export const Ideas: CollectionConfig = {
  slug: 'ideas',
  labels: {
    singular: translated('ideas:singular'),
    plural: translated('ideas:plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'challenge', 'workflow.stage', 'showPublicly', 'updatedAt'],
    group: translated('groups:hub'),
    listSearchableFields: ['title'],
    description: translated('ideas:collectionHelp'),
  },
  disableDuplicate: true,
  versions: {
    drafts: { validate: true },
    maxPerDoc: 50,
  },
  access: {
    create: authenticated,
    read: readIdeas,
    update: updateIdeas,
    delete: isAdmin,
    readVersions: readIdeaVersions,
  },
  endpoints: [assignMentor, setIdeaVisibility, graduateIdea],
  hooks: {
    beforeOperation: [
      rateLimitOperations({
        limits: { create: 'practices', update: 'practices' },
        isExempt: (user) => isHubReviewer(user),
      }),
      (args) => guardHiddenFieldSort(Ideas.fields)(args),
    ],
    beforeChange: [assignIdeaAuthor],
  },
  fields: ideaFields,
}
