import type { TypedUser } from 'payload'

import type { StagedApprovalOptions } from '@redcloud/plugin-staged-approval'

import { hasRole } from '../../access/hasRole'
import { sameId } from '../../utilities/sameId'
import { translated } from '../../i18n/translated'
import { workflowActorRole } from '../../workflowActorRole'
import { acceptRequest } from './acceptRequest'
import { endorsingUnit } from './endorsingUnit'

type CollectionOptions = Exclude<StagedApprovalOptions['collections'][number], string>

/**
 * DESIGN.md "Development Desk": a support request is endorsed by a validator of the regional
 * committee above the requesting unit, then accepted (published), sent back or declined by a
 * desk officer or an admin. Nobody decides on a request they wrote or submitted (the plugin).
 */
export const supportRequestChain: CollectionOptions = {
  slug: 'support-requests',
  steps: [
    { name: 'endorsement', decidedBy: ({ user }) => hasRole(user, 'validator') },
    { name: 'acceptance', decidedBy: ({ user }) => hasRole(user, 'deskOfficer', 'admin') },
  ],
  isInScope: async ({ doc, req, user }) => {
    if (doc.workflow?.stage === 'endorsement') {
      const endorser = await endorsingUnit({ req, unit: doc.unit })
      return endorser !== null && sameId(endorser, (user as TypedUser & { unit?: unknown }).unit)
    }
    // Acceptance, and archiving an accepted request: the whole desk.
    return hasRole(user, 'deskOfficer', 'admin')
  },
  actorRole: (args) =>
    args.doc.workflow?.stage === 'acceptance' &&
    ['approve', 'request_changes', 'reject'].includes(args.action) &&
    hasRole(args.user, 'deskOfficer')
      ? 'deskOfficer'
      : workflowActorRole(args),
  duringTransition: acceptRequest,
  labels: {
    stages: {
      endorsement: translated('supportRequests:stageEndorsement'),
      acceptance: translated('supportRequests:stageAcceptance'),
      published: translated('supportRequests:stagePublished'),
      rejected: translated('supportRequests:stageRejected'),
    },
  },
}
