import type { SanitizedOptions, StagedApprovalOptions } from './types'

/** Resolves every default once, so the rest of the plugin never meets an optional. */
export const sanitizeOptions = (options: StagedApprovalOptions): SanitizedOptions => {
  const levels = options.levels ?? ['local', 'regional', 'national']
  if (levels.length === 0) throw new Error('staged-approval: `levels` needs at least one level.')
  if (new Set(levels).size !== levels.length) throw new Error('staged-approval: `levels` must be distinct.')
  if (options.collections.length === 0) throw new Error('staged-approval: name at least one collection.')
  return {
    collections: options.collections,
    levels,
    itemLevel: options.itemLevel,
    validatorLevel: options.validatorLevel,
    isInScope: options.isInScope,
    isAuthor: options.isAuthor,
    canSubmit: options.canSubmit ?? options.isAuthor,
    canOverride: options.canOverride ?? (() => false),
    validateSubmission: options.validateSubmission ?? (() => []),
    labels: {
      group: options.labels?.group ?? 'Workflow',
      stage: options.labels?.stage ?? 'Stage',
      stages: options.labels?.stages ?? {},
    },
    notifications: options.notifications ?? null,
    reminders: {
      remindAfterDays: options.reminders?.remindAfterDays ?? 7,
      escalateAfterDays: options.reminders?.escalateAfterDays ?? 14,
      cron: options.reminders?.cron ?? '0 7 * * *',
    },
    eventsSlug: options.eventsSlug ?? 'workflow-events',
    enabled: options.enabled ?? true,
  }
}
