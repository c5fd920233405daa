import type { PayloadRequest, TypedUser } from 'payload'

import { stagedApproval, type StagedApprovalOptions } from '@redcloud/plugin-staged-approval'

import { hasRole } from './access/hasRole'
import { requiredForReview } from './collections/Practices/requiredForReview'
import { en } from './i18n/languages/en'
import { es } from './i18n/languages/es'
import { fr } from './i18n/languages/fr'
import { it } from './i18n/languages/it'
import { findUnnamedIndicators } from './collections/Practices/indicators/findUnnamedIndicators'
import { findMissingFields } from './fields/findMissingFields'
import { getUnitSubtree } from './utilities/getUnitSubtree'
import { idOf } from './contract/idOf'
import { sameId } from './utilities/sameId'
import { translated } from './i18n/translated'
import { workflowActorRole } from './workflowActorRole'
import { workflowTranslations } from './workflowTranslations'
import { CRITERIA } from './contract/criteria'
import { recognisePractice } from './collections/Practices/recognition/recognisePractice'
import { rateLimitWorkflow } from './rateLimit/rateLimitWorkflow'
import { countConfirmedReplication } from './collections/Replications/countConfirmedReplication'
import { firstConfirmations } from './collections/Replications/firstConfirmations'
import { tellOriginOfReplication } from './collections/Replications/tellOriginOfReplication'
import { supportRequestChain } from './collections/SupportRequests/supportRequestChain'
import { supportRequestDeciders } from './collections/SupportRequests/supportRequestDeciders'
import { ideaChain } from './collections/Ideas/ideaChain'
import { hubReviewers } from './collections/Ideas/hubReviewers'
import { IDEA_STEPS } from './contract/ideaSteps'

/** The level of a unit (national, regional, local), read once per request. */
const unitLevel = async (req: PayloadRequest, unit: unknown): Promise<null | string> => {
  const id = idOf(unit)
  if (id === null) return null
  const key = `unitLevel:${String(id)}`
  if (typeof req.context[key] === 'string') return req.context[key] as string
  const found = await req.payload.findByID({ collection: 'units', id, depth: 0, req, disableErrors: true })
  const level = (found as { level?: string } | null)?.level ?? null
  if (level) req.context[key] = level
  return level
}

/** The lowest level at which some validator's subtree holds the unit (who confirms a replication). */
const confirmationLevel = async (
  req: PayloadRequest,
  unit: unknown,
  validators: { unit?: unknown }[],
): Promise<null | string> => {
  for (const level of ['local', 'regional', 'national']) {
    for (const user of validators) {
      if ((await unitLevel(req, user.unit)) !== level) continue
      const scope = await getUnitSubtree({ req, unit: user.unit })
      if (scope.some((id) => sameId(id, unit))) return level
    }
  }
  return null
}

/**
 * RedCloud's validation chain: local → regional → national, by the unit tree. The plugin knows
 * no roles or units; these functions tell it who is who.
 */
export const workflowOptions: StagedApprovalOptions = {
  // Plugin-wide: the chain of levels by the unit tree. What only practices need is theirs.
  collections: [
    {
      slug: 'practices',
      // Decisions write the practice in its own language: Payload validates localized required
      // fields in the language of the write, and a validator's request may carry another one.
      itemLocale: ({ doc }) => (typeof doc.originalLanguage === 'string' ? doc.originalLanguage : undefined),
      // A practice must be complete in the language it was written in, whatever language the
      // request that submits it happens to carry.
      validateSubmission: async ({ doc, req }) => {
        const original = typeof doc.originalLanguage === 'string' ? doc.originalLanguage : null
        const inOriginal =
          original && original !== req.locale
            ? await req.payload.findByID({
                collection: 'practices',
                id: doc.id as number | string,
                locale: original as 'it',
                fallbackLocale: false,
                draft: true,
                depth: 0,
                req,
                overrideAccess: true,
              })
            : doc
        return [
          ...findMissingFields({ doc: inOriginal as Record<string, unknown>, required: requiredForReview }),
          ...findUnnamedIndicators(inOriginal as Record<string, unknown>),
        ]
      },
      // DESIGN.md "Recognition": validators score the nine criteria 0-3, required to approve at
      // regional and national level, optional at local; only validators and admins read scores.
      scoring: {
        criteria: [...CRITERIA],
        min: 0,
        max: 3,
        requiredAt: ['regional', 'national'],
        allowedAt: ['local', 'regional', 'national'],
        canRead: ({ user }) => hasRole(user, 'validator', 'admin'),
      },
      decisionFlags: [{ name: 'recognise', at: ['national'] }],
      duringTransition: recognisePractice,
    },
    {
      // DESIGN.md "Carta dei Servizi": a validator whose subtree holds the unit confirms (the
      // plugin-wide isInScope); validators never confirm what they proposed.
      slug: 'services',
      steps: [{ name: 'confirmation', decidedBy: ({ user }) => hasRole(user, 'validator') }],
      isAuthor: ({ doc, user }) => sameId(doc.proposedBy, user.id),
      itemLocale: ({ doc }) => (typeof doc.originalLanguage === 'string' ? doc.originalLanguage : undefined),
      labels: {
        stages: {
          confirmation: translated('services:stageConfirmation'),
          published: translated('services:stagePublished'),
        },
      },
    },
    {
      // A measurement of a published practice goes live once a validator whose subtree holds
      // its unit confirms it (the plugin-wide isInScope), without reviewing the practice again.
      slug: 'measurements',
      steps: [{ name: 'confirmation', decidedBy: ({ user }) => hasRole(user, 'validator') }],
    },
    {
      // DESIGN.md "Replication": one step, confirmed by a validator whose subtree holds the
      // replicating unit (the plugin-wide isInScope); validators never confirm their own declaration.
      slug: 'replications',
      steps: [{ name: 'confirmation', decidedBy: ({ user }) => hasRole(user, 'validator') }],
      duringTransition: countConfirmedReplication,
    },
    // DESIGN.md "Development Desk": endorsed by the regional committee, accepted by the desk.
    supportRequestChain,
    // DESIGN.md "Innovation Hub": the Hub's pipeline, decided by its reviewers.
    ideaChain,
  ],
  // Only for measuring the plugin's own overhead (bench/workflow.ts); fields stay, hooks go.
  enabled: process.env.REDCLOUD_WORKFLOW !== 'off',
  levels: ['local', 'regional', 'national'],
  // The names of RedCloud's review stages, its roles and its digest subject; the rest are the plugin's.
  translations: workflowTranslations({ it, en, fr, es }),
  itemLevel: ({ doc, req }) => unitLevel(req, doc.unit),
  validatorLevel: ({ req, user }) => (hasRole(user, 'validator') ? unitLevel(req, user.unit) : null),
  isInScope: async ({ doc, req, user }) => {
    const scope = await getUnitSubtree({ req, unit: user.unit })
    return scope.some((id) => sameId(id, doc.unit))
  },
  isAuthor: ({ doc, user }) => sameId(doc.author, user.id),
  // DESIGN.md: the author, or a member of the same unit, submits.
  canSubmit: ({ doc, user }: { doc: Record<string, unknown>; user: TypedUser }) =>
    sameId(doc.author, user.id) || sameId(doc.unit, user.unit),
  canOverride: ({ user }) => hasRole(user, 'admin'),
  hideHistory: ({ user }) => !hasRole(user, 'admin'),
  userName: (user) => String((user as { displayName?: string }).displayName ?? user.id),
  actorRole: workflowActorRole,
  beforeTransition: rateLimitWorkflow,
  afterTransition: async ({ collection, id, req }) => {
    if (collection === 'replications' && firstConfirmations.has(req)) {
      firstConfirmations.delete(req)
      await tellOriginOfReplication({ id, req })
    }
  },
  reminders: { queue: 'workflow' },
  notifications: {
    author: async ({ doc, req }) => {
      const id = idOf(doc.author)
      if (id === null) return null
      const user = await req.payload.findByID({ collection: 'users', id, depth: 0, req, disableErrors: true })
      // An erased account has no address to write to.
      if (!user || user.accountStatus === 'erased') return null
      return { ...user, collection: 'users' } as TypedUser
    },
    validators: async ({ doc, level, req }) => {
      // The steps of support requests: the endorsing committee's validators, then the desk.
      if (level === 'endorsement' || level === 'acceptance')
        return supportRequestDeciders({ doc, level, req })
      if ((IDEA_STEPS as readonly string[]).includes(level)) return hubReviewers(req)
      const { docs } = await req.payload.find({
        collection: 'users',
        where: { roles: { in: ['validator'] } },
        limit: 0,
        pagination: false,
        depth: 0,
        req,
      })
      // A one-step chain (measurements, replications) asks the validators at the lowest level
      // whose subtree holds the item's unit: the unit's own, else its region's, else national.
      const wanted = level === 'confirmation' ? await confirmationLevel(req, doc.unit, docs) : level
      const responsible: TypedUser[] = []
      for (const user of docs) {
        if ((await unitLevel(req, user.unit)) !== wanted) continue
        const scope = await getUnitSubtree({ req, unit: user.unit })
        if (scope.some((id) => sameId(id, doc.unit)))
          responsible.push({ ...user, collection: 'users' } as TypedUser)
      }
      return responsible
    },
    link: ({ collection, doc, req }) =>
      `${req.payload.config.serverURL}/admin/collections/${collection}/${doc.id}`,
    language: (user) => String((user as { preferredLanguage?: string }).preferredLanguage ?? 'it'),
    wantsImmediate: (user) => (user as { notificationMode?: string }).notificationMode !== 'daily',
  },
}

export const workflowPlugin = stagedApproval(workflowOptions)
