import type { CollectionSlug, PayloadRequest, TypedUser } from 'payload'

import type { DecisionFlag, DuringTransition, SanitizedScoring, ScoringOptions } from './scoring/types'
import type { ChainStep } from './utilities/stages'

export const ACTIONS = [
  'submit',
  'approve',
  'request_changes',
  'reject',
  'resubmit',
  'withdraw',
  'archive',
  'override',
] as const

export type WorkflowAction = (typeof ACTIONS)[number]

/** What one transition asks for, from the REST endpoint or the Local API. */
export type TransitionInput = {
  action: WorkflowAction
  /** Why: required to request changes, reject, archive and override. */
  comment?: string
  /** The revision the caller last saw; a different one is a 409. Left out: the current one. */
  revision?: number
  /** The stage an override moves to. */
  to?: string
  /** Scores given with a decision, by criterion (see `scoring`): kept on the decision's event. */
  scores?: Record<string, number>
  /** The decision flags (see `decisionFlags`), e.g. `{ featured: true }`; in a REST body, top-level keys. */
  flags?: Record<string, boolean>
}

/** What `beforeTransition` learns: it throws (an APIError, say) to refuse the transition. */
export type BeforeTransitionArgs = {
  collection: CollectionSlug
  id: number | string
  input: TransitionInput
  req: PayloadRequest
  user: TypedUser
}

/** What `afterTransition` learns, once the transition is committed. */
export type AfterTransitionArgs = BeforeTransitionArgs & {
  doc: WorkflowDoc
  from: string
  to: string
  revision: number
  event: number | string
}

/** A document as the plugin sees it: whatever the collection holds plus the workflow group. */
export type WorkflowDoc = Record<string, unknown> & {
  id: number | string
  _status?: 'draft' | 'published' | null
  workflow?: {
    stage?: null | string
    revision?: null | number
    returnTo?: null | string
    stageEnteredAt?: null | string
    remindedAt?: null | string
    escalatedAt?: null | string
  } | null
}

type ItemArgs = { doc: WorkflowDoc; req: PayloadRequest }

/** A label: one text, or one per language. */
export type Label = Record<string, string> | string
type UserItemArgs = ItemArgs & { user: TypedUser }

/** Who the caller is with respect to one item, as the app's functions answered. */
export type WorkflowCaller = {
  isAuthor: boolean
  canSubmit: boolean
  validatorLevel: null | string
  isInScope: boolean
  canOverride: boolean
  /** Whether the caller sent the revision now under review into review (the history says). */
  submittedRevision: boolean
  /** Whether the caller already decided on the revision now under review, at any level. */
  decidedRevision: boolean
}

/** What the history records as the acting user's role in one transition. */
export type ActorRoleArgs = UserItemArgs & {
  action: WorkflowAction
  caller: WorkflowCaller
  /** The levels of the item's collection, first to last. */
  levels: string[]
}

/** Labels of the workflow group and of each stage in the admin panel. */
export type WorkflowLabels = { group?: Label; stage?: Label; stages?: Record<string, Label> }

/** One step of a pipeline: its name, which is also its stage's, and who decides there. */
export type PipelineStep = {
  name: string
  /**
   * Whether the user decides at this step (e.g. holds a role), for the items `isInScope` gives
   * them.
   */
  decidedBy: (args: { req: PayloadRequest; user: TypedUser }) => boolean | Promise<boolean>
}

/**
 * What may differ from one collection to the next. Every field left out falls back to the
 * plugin-wide option of the same name.
 */
export type CollectionOverrides = {
  /**
   * Review levels, from the first that reviews to the last, whose approval publishes (e.g.
   * `['branch', 'headquarters']`). Each level's review stage is `<level>_review`.
   */
  levels?: string[]
  /**
   * A pipeline of named steps instead of levels (one step is a chain too): an item enters the
   * first step when submitted, each approval moves it to the next, the last one publishes. Each
   * step's stage bears its name; `itemLevel` and `validatorLevel` are not used.
   */
  steps?: PipelineStep[]
  /** The level whose review an item starts at (e.g. the level of the team it belongs to). */
  itemLevel?: (args: ItemArgs) => null | Promise<null | string> | string
  /** The level a user validates at, or null when they validate nothing. */
  validatorLevel?: (args: { req: PayloadRequest; user: TypedUser }) => null | Promise<null | string> | string
  /**
   * Whether the item lies within what the user may validate (e.g. their own team's items).
   * @default every item
   */
  isInScope?: (args: UserItemArgs) => boolean | Promise<boolean>
  /** Whether the user wrote the item. Validators never act on their own items. */
  isAuthor?: (args: UserItemArgs) => boolean | Promise<boolean>
  /**
   * Whether the user may submit the item for review.
   * @default the author
   */
  canSubmit?: (args: UserItemArgs) => boolean | Promise<boolean>
  /**
   * Checks an item before it enters review (submit, resubmit): the field errors that stop it.
   * @default no checks
   */
  validateSubmission?: (
    args: ItemArgs,
  ) => { message: string; path: string }[] | Promise<{ message: string; path: string }[]>
  /**
   * The acting user's role, recorded in each history event next to their level.
   * @default 'overrider' for an override (and an archive by someone who decides at no last
   * step), 'author' for the author's submit, resubmit and withdraw ('submitter' for anyone else
   * allowed to submit), 'validator' for approve, request_changes, reject and archive
   */
  actorRole?: (args: ActorRoleArgs) => Promise<string> | string
  /**
   * The locale in which a transition writes the item. Payload validates the item's localized
   * required fields in the locale of the write, so an item written in one language must be
   * written in that language, whatever locale the deciding request carries.
   * @default the request's locale
   */
  itemLocale?: (args: ItemArgs) => Promise<string | undefined> | string | undefined
  /**
   * Names of the workflow group and of stages (a string, or one per language:
   * `{ it: 'Bozza', en: 'Draft' }`), in the admin panel and the e-mails alike. A collection's own
   * are merged over the plugin-wide ones, which are the same as the `translations` keys
   * `group`, `stage` and `stage_<stage>`.
   * @default the plugin's translations; a stage without one is called by its name
   */
  labels?: WorkflowLabels
  /** Scores deciders give with their decisions. @default none */
  scoring?: ScoringOptions
  /** Yes/no additions to a decision, e.g. a flag only the last step may raise. @default none */
  decisionFlags?: DecisionFlag[]
  /** Runs inside each transition's transaction: refuse it, or write fields of the item with it. */
  duringTransition?: DuringTransition
}

/** A collection under review with settings of its own: `{ slug: 'articles', levels: ['desk', 'chief'] }`. */
export type CollectionOptions = CollectionOverrides & {
  /** The collection's slug. It must have drafts enabled. */
  slug: CollectionSlug
}

export type StagedApprovalOptions = Omit<CollectionOverrides, 'isAuthor' | 'steps'> &
  Required<Pick<CollectionOverrides, 'isAuthor'>> & {
    /**
     * The collections that go through review (they must have drafts enabled): a slug, which uses
     * the plugin-wide options below, or `{ slug, ...overrides }` for a collection with its own
     * levels or functions.
     */
    collections: (CollectionOptions | CollectionSlug)[]
    /**
     * Whether the user may override the workflow (any stage, comment required, always recorded).
     * @default nobody
     */
    canOverride?: (args: { req: PayloadRequest; user: TypedUser }) => boolean | Promise<boolean>
    /**
     * Runs before each transition, outside its transaction, once the request is well-formed:
     * throw to refuse it (e.g. a rate limit's 429). What it writes stays, whatever follows.
     */
    beforeTransition?: (args: BeforeTransitionArgs) => Promise<void> | void
    /**
     * Runs after each committed transition (after its e-mails). An error is logged; the
     * transition stands.
     */
    afterTransition?: (args: AfterTransitionArgs) => Promise<void> | void
    /**
     * Whether the history collection is hidden from this user in the admin panel's navigation
     * (only those who may override read it anyway).
     * @default hidden from nobody
     */
    hideHistory?: (args: { user: null | TypedUser }) => boolean
    /**
     * The name recorded in the history and shown in e-mails for the acting user.
     * @default the user's e-mail, or their id
     */
    userName?: (user: TypedUser) => string
    /**
     * Who hears about transitions: the author on every decision, the validators of a stage when
     * an item reaches it. Leave out to send nothing.
     */
    notifications?: {
      /** The item's author, or null. */
      author: (args: ItemArgs) => null | Promise<null | TypedUser>
      /** The validators responsible for the item at a level. */
      validators: (args: ItemArgs & { level: string }) => Promise<TypedUser[]> | TypedUser[]
      /** The link to the item in the e-mail. */
      link: (args: ItemArgs & { collection: CollectionSlug }) => string
      /** A user's language (it, en, fr, es). @default 'en' */
      language?: (user: TypedUser) => string
      /** Whether a user wants this e-mail now (false: e.g. they asked for a daily digest). @default always */
      wantsImmediate?: (user: TypedUser) => boolean
    }
    /**
     * Daily reminders and escalation, run by Payload's jobs queue (task `stagedApprovalDaily`):
     * the validators of an item waiting `remindAfterDays` get a reminder, the next level up after
     * `escalateAfterDays`; people who chose a digest get one e-mail listing what waits for them.
     */
    reminders?: {
      /** @default 7 */
      remindAfterDays?: number
      /** @default 14 */
      escalateAfterDays?: number
      /** Cron of the daily run. @default '0 7 * * *' */
      cron?: string
      /** The jobs queue the daily run is scheduled on. @default 'stagedApproval' */
      queue?: string
    }
    /**
     * Texts by language and key, over the plugin's own (`src/translations/languages/en.ts` lists
     * the keys): e.g. the names of the app's stages, `{ it: { stage_desk_review: 'Redazione' } }`.
     */
    translations?: Record<string, Record<string, string>>
    /**
     * Slug of the history collection.
     * @default 'workflow-events'
     */
    eventsSlug?: string
    /**
     * Hooks and endpoints are added only when enabled; fields and the history collection always,
     * so the schema stays the same.
     * @default true
     */
    enabled?: boolean
  }

/** One collection's settings, every default resolved, its chain whatever its shape. */
export type SanitizedCollectionOptions = Required<
  Omit<
    CollectionOptions,
    'duringTransition' | 'itemLevel' | 'labels' | 'scoring' | 'steps' | 'validatorLevel'
  >
> & {
  scoring: null | SanitizedScoring
  duringTransition: DuringTransition | null
  labels: WorkflowLabels & { stages: Record<string, Label> }
  /** The chain, first step to last. */
  steps: ChainStep[]
  /** The step an item's review starts at, or null when none of the chain reviews it. */
  startStep: (args: ItemArgs) => null | Promise<null | string> | string
  /** The steps at which the user decides (on the items in their scope). */
  decidesAt: (args: { req: PayloadRequest; user: TypedUser }) => Promise<string[]>
  /** The level (or first step) the user decides at, recorded in the history. */
  validatorLevel: NonNullable<CollectionOverrides['validatorLevel']>
}

export type SanitizedOptions = {
  collections: SanitizedCollectionOptions[]
  canOverride: NonNullable<StagedApprovalOptions['canOverride']>
  hideHistory: NonNullable<StagedApprovalOptions['hideHistory']>
  beforeTransition: NonNullable<StagedApprovalOptions['beforeTransition']>
  afterTransition: NonNullable<StagedApprovalOptions['afterTransition']>
  userName: NonNullable<StagedApprovalOptions['userName']>
  notifications: StagedApprovalOptions['notifications'] | null
  reminders: { remindAfterDays: number; escalateAfterDays: number; cron: string; queue: string }
  translations: Record<string, Record<string, string>>
  eventsSlug: string
  enabled: boolean
}
