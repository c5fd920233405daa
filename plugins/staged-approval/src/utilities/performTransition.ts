import type { CollectionSlug, PayloadRequest, TypedUser } from 'payload'

import { APIError, commitTransaction, initTransaction, killTransaction, ValidationError } from 'payload'

import type { SanitizedCollectionOptions, SanitizedOptions, TransitionInput } from '../types'
import { checkFlags } from '../scoring/checkFlags'
import { checkScores } from '../scoring/checkScores'
import { currentState } from './currentState'
import { decide } from './decide'
import { isDuplicateEvent } from './isDuplicateEvent'
import { loadItem } from './loadItem'
import { notifyTransition } from './notifyTransition'
import { findEvents } from './findEvents'
import { resolveCaller } from './resolveCaller'
import { roundEvents } from './roundEvents'
import { stepOfStage } from './stages'

/** Marks writes made by the workflow itself, which the plugin's guards let through. */
export const WORKFLOW_CONTEXT = 'stagedApprovalTransition'

const conflict = (message: string) => new APIError(message, 409, undefined, true)
const bad = (message: string) => new APIError(message, 400, undefined, true)

/**
 * One transition, atomically: re-read the item, check the caller's revision, decide, append
 * the event, move the item. The event's unique (itemCollection, document, revision) index makes
 * the event itself the lock: of simultaneous requests at one revision exactly one can insert
 * it; the others get 409, and a repeated request never acts twice. The app's beforeTransition
 * runs first, outside the transaction; its afterTransition once the transition is committed.
 */
export const performTransition = async ({
  collection,
  id,
  input,
  options,
  req,
  at,
}: {
  collection: SanitizedCollectionOptions
  id: number | string
  input: TransitionInput
  options: SanitizedOptions
  req: PayloadRequest
  /** When the transition is recorded as made (the Local API's imports and demo data); now by default. */
  at?: Date
}): Promise<{ stage: string; revision: number; event: number | string }> => {
  const user: null | TypedUser = req.user
  if (!user) throw new APIError('Sign in to act on the workflow.', 401, undefined, true)
  const { action } = input
  const comment = (input.comment ?? '').trim().slice(0, 4000)
  await options.beforeTransition({ collection: collection.slug, id, input, req, user })

  const { levels, slug, steps } = collection
  const shouldCommit = await initTransaction(req)
  try {
    const doc = await loadItem({ collection: slug, id, req })
    const state = currentState(doc)
    if (input.revision !== undefined && input.revision !== state.revision) {
      throw conflict(
        `The item has changed since you saw it (revision ${state.revision}, not ${input.revision}): reload and try again.`,
      )
    }
    const caller = await resolveCaller({ collection, doc, options, req, user })
    const start = await collection.startStep({ doc, req })
    const decision = decide({
      action,
      stage: state.stage,
      chain: steps,
      start,
      returnTo: state.returnTo,
      caller,
      comment,
      to: input.to,
    })
    if (!decision.ok) throw new APIError(decision.message, decision.status, undefined, true)

    if (action === 'submit' || action === 'resubmit') {
      const errors = await collection.validateSubmission({ doc, req })
      if (errors.length > 0) throw new ValidationError({ collection: slug, errors, req })
    }

    // Scores and flags where this decision is taken (the Local API's input is checked here too).
    const step = stepOfStage(state.stage, steps)
    const scored = checkScores({ action, scores: input.scores, scoring: collection.scoring, step })
    if ('error' in scored) throw bad(scored.error)
    const flagged = checkFlags({ action, declared: collection.decisionFlags, given: input.flags ?? {}, step })
    if ('error' in flagged) throw bad(flagged.error)
    const history = collection.duringTransition
      ? await findEvents({ collection: slug, id: doc.id, options, req })
      : []
    const extra = collection.duringTransition
      ? await collection.duringTransition({
          action,
          collection: slug,
          doc,
          from: state.stage,
          to: decision.to,
          step,
          scores: scored.scores,
          flags: flagged.flags,
          round: roundEvents({ events: history, chain: steps }),
          history,
          req,
          user,
        })
      : undefined

    const versions = await req.payload.findVersions({
      collection: slug,
      where: { parent: { equals: doc.id } },
      sort: '-updatedAt',
      limit: 1,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })

    const revision = state.revision + 1
    const role = await collection.actorRole({ action, caller, doc, levels, req, user })
    let eventId: number | string
    try {
      const event = await req.payload.create({
        collection: options.eventsSlug as CollectionSlug,
        data: {
          itemCollection: slug,
          document: String(doc.id),
          revision: state.revision,
          action,
          from: state.stage,
          to: decision.to,
          user: user.id,
          userName: options.userName(user),
          userRole: role,
          userLevel: caller.validatorLevel,
          comment,
          version: versions.docs[0] ? String(versions.docs[0].id) : null,
          scores: scored.scores,
          ...(at ? { createdAt: at.toISOString() } : {}),
        } as never,
        req,
        overrideAccess: true,
        depth: 0,
      })
      eventId = event.id
    } catch (error) {
      if (!isDuplicateEvent(error, options.eventsSlug)) throw error
      throw conflict('Someone else acted on this item at the same moment: reload and try again.')
    }

    const isLive = await isPublishedLive({ collection: slug, id: doc.id, req })
    const workflow = {
      stage: decision.to,
      revision,
      returnTo: decision.returnTo,
      stageEnteredAt: (at ?? new Date()).toISOString(),
    }
    const publishes = decision.to === 'published'
    const unpublishes = decision.to === 'archived' || (isLive && action === 'override' && !publishes)
    const locale = await collection.itemLocale({ doc, req })
    await req.payload.update({
      collection: slug,
      id: doc.id,
      data: { ...extra, workflow, _status: publishes ? 'published' : 'draft' } as never,
      ...(locale ? { locale: locale as never } : {}),
      // A revision of a live item moves through review as a draft; the live version stays.
      draft: isLive && !publishes && !unpublishes,
      req,
      overrideAccess: true,
      depth: 0,
      context: { [WORKFLOW_CONTEXT]: true },
    })

    if (shouldCommit) await commitTransaction(req)
    await notifyTransition({ action, collection, comment, doc, options, req, to: decision.to })
    await Promise.resolve(
      options.afterTransition({
        collection: slug,
        id: doc.id,
        input,
        req,
        user,
        doc,
        from: state.stage,
        to: decision.to,
        revision,
        event: eventId,
      }),
    ).catch((err: unknown) =>
      req.payload.logger.error({
        err,
        msg: `staged-approval: afterTransition failed for ${slug} ${String(doc.id)}`,
      }),
    )
    return { stage: decision.to, revision, event: eventId }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

const isPublishedLive = async ({
  collection,
  id,
  req,
}: {
  collection: CollectionSlug
  id: number | string
  req: PayloadRequest
}) => {
  const live = await req.payload.findByID({
    collection,
    id,
    depth: 0,
    req,
    overrideAccess: true,
    draft: false,
    disableErrors: true,
  })
  return (live as { _status?: string } | null)?._status === 'published'
}
