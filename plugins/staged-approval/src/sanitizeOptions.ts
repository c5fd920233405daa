import type {
  CollectionOptions,
  SanitizedCollectionOptions,
  SanitizedOptions,
  StagedApprovalOptions,
} from './types'
import { defaultActorRole } from './utilities/defaultActorRole'

/** Resolves every default once, so the rest of the plugin never meets an optional. */
export const sanitizeOptions = (options: StagedApprovalOptions): SanitizedOptions => {
  if (options.collections.length === 0) throw new Error('staged-approval: name at least one collection.')
  const collections = options.collections.map((entry): SanitizedCollectionOptions => {
    const own: CollectionOptions = typeof entry === 'string' ? { slug: entry } : entry
    const levels = own.levels ?? options.levels ?? []
    if (levels.length === 0) {
      throw new Error(`staged-approval: "${own.slug}" needs at least one level.`)
    }
    if (new Set(levels).size !== levels.length) {
      throw new Error(`staged-approval: the levels of "${own.slug}" must be distinct.`)
    }
    const isAuthor = own.isAuthor ?? options.isAuthor
    return {
      slug: own.slug,
      levels,
      itemLevel: own.itemLevel ?? options.itemLevel,
      validatorLevel: own.validatorLevel ?? options.validatorLevel,
      isInScope: own.isInScope ?? options.isInScope,
      isAuthor,
      canSubmit: own.canSubmit ?? options.canSubmit ?? isAuthor,
      validateSubmission: own.validateSubmission ?? options.validateSubmission ?? (() => []),
      actorRole: own.actorRole ?? options.actorRole ?? defaultActorRole,
      itemLocale: own.itemLocale ?? options.itemLocale ?? (() => undefined),
      labels: {
        group: own.labels?.group ?? options.labels?.group ?? 'Workflow',
        stage: own.labels?.stage ?? options.labels?.stage ?? 'Stage',
        stages: { ...options.labels?.stages, ...own.labels?.stages },
      },
    }
  })
  const slugs = collections.map(({ slug }) => slug)
  const repeated = slugs.find((slug, index) => slugs.indexOf(slug) !== index)
  if (repeated) throw new Error(`staged-approval: "${repeated}" is listed twice in \`collections\`.`)
  return {
    collections,
    canOverride: options.canOverride ?? (() => false),
    hideHistory: options.hideHistory ?? (() => false),
    userName: options.userName ?? ((user) => String((user as { email?: unknown }).email ?? user.id)),
    notifications: options.notifications ?? null,
    reminders: {
      remindAfterDays: options.reminders?.remindAfterDays ?? 7,
      escalateAfterDays: options.reminders?.escalateAfterDays ?? 14,
      cron: options.reminders?.cron ?? '0 7 * * *',
      queue: options.reminders?.queue ?? 'stagedApproval',
    },
    eventsSlug: options.eventsSlug ?? 'workflow-events',
    enabled: options.enabled ?? true,
  }
}
