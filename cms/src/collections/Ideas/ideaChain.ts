import type { StagedApprovalOptions } from '@redcloud/plugin-staged-approval'

import { hasRole } from '../../access/hasRole'
import { isHubReviewer } from '../../access/isHubReviewer'
import { IDEA_STEPS } from '../../contract/ideaSteps'
import { translated } from '../../i18n/translated'
import { workflowActorRole } from '../../workflowActorRole'
import { ideaSubmissionErrors } from './ideaSubmissionErrors'
import { isIdeaTeam } from './isIdeaTeam'

type CollectionOptions = Exclude<StagedApprovalOptions['collections'][number], string>

/**
 * DESIGN.md "Innovation Hub": submitted → screening → incubation → pilot → scaled (the plugin's
 * publication), or declined (rejected, with the reason as the decision's comment). The Hub's
 * reviewers decide at every step, on every idea; nobody in an idea's team decides on it, and
 * nobody decides twice in one review round (the plugin's four eyes).
 */
export const ideaChain: CollectionOptions = {
  slug: 'ideas',
  steps: IDEA_STEPS.map((name) => ({ name, decidedBy: ({ user }) => isHubReviewer(user) })),
  isInScope: () => true,
  isAuthor: ({ doc, user }) => isIdeaTeam({ doc, user }),
  canSubmit: ({ doc, user }) => isIdeaTeam({ doc, user }),
  validateSubmission: ideaSubmissionErrors,
  // The history says a Hub reviewer decided, not a validator (admins stay admins).
  actorRole: (args) =>
    ['approve', 'request_changes', 'reject'].includes(args.action) && hasRole(args.user, 'hubReviewer')
      ? 'hubReviewer'
      : workflowActorRole(args),
  labels: {
    stages: {
      submitted: translated('ideas:stageSubmitted'),
      screening: translated('ideas:stageScreening'),
      incubation: translated('ideas:stageIncubation'),
      pilot: translated('ideas:stagePilot'),
      published: translated('ideas:stageScaled'),
      rejected: translated('ideas:stageDeclined'),
    },
  },
}
