import type { Idea } from '@redcloud/cms/payload-types'

import { idOf } from '../idOf'

/** An idea its team shows publicly (from pilot on), as the site shows it: never its people. */
export interface PublicIdea {
  cmsId: string
  title: string
  stage: 'pilot' | 'scaled'
  challenge: null | string
  problem: string
  solution: string
  beneficiaries: string
}

/** An idea read anonymously (the CMS answers only shown ones), as its public page shows it. */
export const toPublicIdea = (idea: Idea): PublicIdea => ({
  cmsId: String(idea.id),
  title: idea.title,
  stage: idea.workflow?.stage === 'published' ? 'scaled' : 'pilot',
  challenge: idOf(idea.challenge),
  problem: idea.problem ?? '',
  solution: idea.solution ?? '',
  beneficiaries: idea.beneficiaries ?? '',
})
