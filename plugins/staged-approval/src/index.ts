import type { Config, Field } from 'payload'

import { workflowEvents } from './collections/workflowEvents'
import { queueEndpoint } from './endpoints/queueEndpoint'
import { workflowEndpoints } from './endpoints/workflowEndpoints'
import { statusAccess, statusField, workflowFields } from './fields/workflowFields'
import { guardChanges, guardOperations } from './hooks/guardWrites'
import { mergeTranslations } from './translations/mergeTranslations'
import { sanitizeOptions } from './sanitizeOptions'
import { OPTIONS_KEY } from './utilities/workflowOptionsOf'
import { runDailyNotifications } from './utilities/runDailyNotifications'
import type { StagedApprovalOptions } from './types'

export type {
  ActorRoleArgs,
  AfterTransitionArgs,
  BeforeTransitionArgs,
  PipelineStep,
  TransitionInput,
  CollectionOptions,
  StagedApprovalOptions,
  WorkflowAction,
  WorkflowCaller,
  WorkflowDoc,
  SanitizedOptions,
  SanitizedCollectionOptions,
} from './types'
export type { DecisionFlag, DuringTransition, DuringTransitionArgs, ScoringOptions } from './scoring/types'
export { defaultActorRole } from './utilities/defaultActorRole'
export { dueNotifications } from './utilities/dueNotifications'
export { workflowOptionsOf } from './utilities/workflowOptionsOf'
export { isUnderReview } from './utilities/isUnderReview'
export { WORKFLOW_CONTEXT } from './utilities/performTransition'
export { runDailyNotifications } from './utilities/runDailyNotifications'
export { sanitizeOptions } from './sanitizeOptions'
export { transition } from './transition'
export { translations } from './translations/translations'
export type { StagedApprovalTexts } from './translations/languages/en'

/** The plugin's admin components, registered by path (as plugin-multi-tenant does). */
const CLIENT = '@redcloud/plugin-staged-approval/client'

/** The validation panel, first in the sidebar. */
const panelField: Field = {
  name: 'validationPanel',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: `${CLIENT}#ValidationPanel` } },
}

/** The app may declare `_status` itself (labels); either way only the workflow writes it. */
const withLockedStatus = (fields: Field[]): Field[] => {
  const own = fields.some((field) => 'name' in field && field.name === '_status')
  if (!own) return [...fields, statusField]
  return fields.map((field) =>
    'name' in field && field.name === '_status' ? ({ ...field, access: statusAccess } as Field) : field,
  )
}

/**
 * Staged approval for Payload: `plugins: [stagedApproval({ collections: ['articles'], … })]`.
 * Fields and the history collection are always added (a stable schema); hooks and endpoints
 * only when enabled.
 */
export const stagedApproval =
  (incoming: StagedApprovalOptions) =>
  (config: Config): Config => {
    const options = sanitizeOptions(incoming)
    const i18n = mergeTranslations(config, options)
    const translations = (i18n?.translations ?? {}) as Record<string, unknown>
    const userSlug = config.admin?.user ?? 'users'
    const collections = (config.collections ?? []).map((collection) => {
      const own = options.collections.find(({ slug }) => slug === collection.slug)
      if (!own) return collection
      if (!collection.versions || typeof collection.versions !== 'object' || !collection.versions.drafts) {
        throw new Error(`staged-approval: collection "${collection.slug}" needs versions.drafts enabled.`)
      }
      const hooks = collection.hooks ?? {}
      const edit = collection.admin?.components?.edit ?? {}
      return {
        ...collection,
        admin: {
          ...collection.admin,
          components: {
            ...collection.admin?.components,
            // Published only by the last approval: no publish or unpublish button.
            edit: {
              ...edit,
              PublishButton: edit.PublishButton ?? `${CLIENT}#NoPublishButton`,
              UnpublishButton: edit.UnpublishButton ?? `${CLIENT}#NoPublishButton`,
            },
          },
        },
        fields: [panelField, ...withLockedStatus(collection.fields), workflowFields(own, translations)],
        ...(options.enabled
          ? {
              endpoints: [...(collection.endpoints || []), ...workflowEndpoints(options, own)],
              hooks: {
                ...hooks,
                beforeOperation: [guardOperations, ...(hooks.beforeOperation ?? [])],
                beforeChange: [guardChanges(own), ...(hooks.beforeChange ?? [])],
              },
            }
          : {}),
      }
    })
    const missing = options.collections.find(({ slug }) => !collections.some((c) => c.slug === slug))
    if (missing) throw new Error(`staged-approval: there is no collection "${missing.slug}".`)
    const jobs = config.jobs ?? {}
    const admin = config.admin ?? {}
    return {
      ...config,
      admin: {
        ...admin,
        components: {
          ...admin.components,
          beforeDashboard: [...(admin.components?.beforeDashboard ?? []), `${CLIENT}#ReviewQueue`],
        },
      },
      i18n,
      custom: { ...config.custom, [OPTIONS_KEY]: options },
      collections: [...collections, workflowEvents(options, userSlug, translations)],
      jobs: {
        ...jobs,
        tasks: [
          ...(jobs.tasks ?? []),
          {
            slug: 'stagedApprovalDaily',
            label: 'Workflow reminders, escalation and digests',
            handler: async ({ req }) => ({
              output: await runDailyNotifications({ options, payload: req.payload }),
            }),
            ...(options.enabled
              ? { schedule: [{ cron: options.reminders.cron, queue: options.reminders.queue }] }
              : {}),
          },
        ],
      },
      endpoints: options.enabled ? [...(config.endpoints ?? []), queueEndpoint(options)] : config.endpoints,
    }
  }
