import type {
  CollectionOptions,
  SanitizedCollectionOptions,
  SanitizedOptions,
  StagedApprovalOptions,
} from './types'
import { sanitizeFlags } from './scoring/sanitizeFlags'
import { sanitizeScoring } from './scoring/sanitizeScoring'
import { defaultActorRole } from './utilities/defaultActorRole'
import { FIXED_STAGES, levelSteps, pipelineSteps } from './utilities/stages'

type Chain = Pick<
  SanitizedCollectionOptions,
  'decidesAt' | 'levels' | 'startStep' | 'steps' | 'validatorLevel'
>

/** A collection's chain, whichever shape it declares: levels by a tree, or a pipeline of named steps. */
const chainOf = (own: CollectionOptions, options: StagedApprovalOptions): Chain => {
  const fail = (message: string) => new Error(`staged-approval: ${message}`)
  if (own.steps) {
    if (own.levels) throw fail(`"${own.slug}" declares both levels and steps: choose one.`)
    const names = own.steps.map(({ name }) => name)
    if (names.length === 0) throw fail(`"${own.slug}" needs at least one step.`)
    if (new Set(names).size !== names.length) throw fail(`the steps of "${own.slug}" must be distinct.`)
    const fixed = names.find((name) => (FIXED_STAGES as readonly string[]).includes(name))
    if (fixed)
      throw fail(`"${fixed}" is one of the plugin's own stages: name the step of "${own.slug}" otherwise.`)
    const steps = own.steps
    const decidesAt: Chain['decidesAt'] = async (args) => {
      const answers = await Promise.all(steps.map((step) => step.decidedBy(args)))
      return names.filter((_, index) => answers[index])
    }
    return {
      steps: pipelineSteps(names),
      levels: names,
      startStep: () => names[0] as string,
      decidesAt,
      validatorLevel: async (args) => (await decidesAt(args))[0] ?? null,
    }
  }
  const levels = own.levels ?? options.levels ?? []
  if (levels.length === 0) throw fail(`"${own.slug}" needs at least one level.`)
  if (new Set(levels).size !== levels.length) throw fail(`the levels of "${own.slug}" must be distinct.`)
  const itemLevel = own.itemLevel ?? options.itemLevel
  const validatorLevel = own.validatorLevel ?? options.validatorLevel
  if (!itemLevel || !validatorLevel) {
    throw fail(`"${own.slug}" reviews by levels: give itemLevel and validatorLevel.`)
  }
  return {
    steps: levelSteps(levels),
    levels,
    startStep: itemLevel,
    validatorLevel,
    decidesAt: async (args) => {
      const level = await validatorLevel(args)
      return level && levels.includes(level) ? [level] : []
    },
  }
}

/** Resolves every default once, so the rest of the plugin never meets an optional. */
export const sanitizeOptions = (options: StagedApprovalOptions): SanitizedOptions => {
  if (options.collections.length === 0) throw new Error('staged-approval: name at least one collection.')
  const collections = options.collections.map((entry): SanitizedCollectionOptions => {
    const own: CollectionOptions = typeof entry === 'string' ? { slug: entry } : entry
    const isAuthor = own.isAuthor ?? options.isAuthor
    const chain = chainOf(own, options)
    const scoring = sanitizeScoring(own.scoring ?? options.scoring, own.slug)
    const decisionFlags = sanitizeFlags(own.decisionFlags ?? options.decisionFlags ?? [], own.slug)
    // A collection's own steps must exist; plugin-wide ones apply where the chain has them.
    const named = [
      ...(own.scoring && scoring ? [...scoring.requiredAt, ...scoring.allowedAt] : []),
      ...(own.decisionFlags ?? []).flatMap(({ at }) => at),
    ]
    const unknown = named.find((step) => !chain.levels.includes(step))
    if (unknown)
      throw new Error(`staged-approval: "${unknown}" is no step of "${own.slug}" (scoring, decisionFlags).`)
    return {
      slug: own.slug,
      ...chain,
      isInScope: own.isInScope ?? options.isInScope ?? (() => true),
      isAuthor,
      canSubmit: own.canSubmit ?? options.canSubmit ?? isAuthor,
      validateSubmission: own.validateSubmission ?? options.validateSubmission ?? (() => []),
      actorRole: own.actorRole ?? options.actorRole ?? defaultActorRole,
      itemLocale: own.itemLocale ?? options.itemLocale ?? (() => undefined),
      scoring,
      decisionFlags,
      duringTransition: own.duringTransition ?? options.duringTransition ?? null,
      labels: {
        group: own.labels?.group ?? options.labels?.group,
        stage: own.labels?.stage ?? options.labels?.stage,
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
    beforeTransition: options.beforeTransition ?? (() => undefined),
    afterTransition: options.afterTransition ?? (() => undefined),
    userName: options.userName ?? ((user) => String((user as { email?: unknown }).email ?? user.id)),
    notifications: options.notifications ?? null,
    reminders: {
      remindAfterDays: options.reminders?.remindAfterDays ?? 7,
      escalateAfterDays: options.reminders?.escalateAfterDays ?? 14,
      cron: options.reminders?.cron ?? '0 7 * * *',
      queue: options.reminders?.queue ?? 'stagedApproval',
    },
    translations: options.translations ?? {},
    eventsSlug: options.eventsSlug ?? 'workflow-events',
    enabled: options.enabled ?? true,
  }
}
