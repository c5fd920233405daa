import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import type { SanitizedCollectionOptions } from '../types'
import { WORKFLOW_CONTEXT } from '../utilities/performTransition'
import { stepOfStage } from '../utilities/stages'

const forbidden = (message: string) => new APIError(message, 403, undefined, true)

/** Arguments of Payload's update and restore operations that decide what becomes live. */
type PublicationArgs = {
  data?: { _status?: unknown }
  draft?: boolean
  publishAllLocales?: unknown
  publishSpecificLocale?: unknown
  unpublishAllLocales?: unknown
}

/**
 * No way around the workflow for people: nobody asks for `_status: published`, and every write
 * on someone's behalf — update by id, bulk update, GraphQL, the Local API with a `user` — is
 * saved as a draft revision, whatever the request asked, so the live version (if any) never
 * changes and nothing is unpublished. A version is restored only as a draft (`?draft=true`):
 * Payload reads that flag before this hook runs, so it cannot be forced here. Server code
 * acting without a user (seed scripts) and the workflow itself pass.
 */
export const guardOperations: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user || req.context[WORKFLOW_CONTEXT]) return args
  const publication = args as PublicationArgs
  if (operation === 'restoreVersion') {
    if (publication.draft !== true) {
      throw forbidden(
        'A version is restored only as a new draft revision (draft=true); it goes live after validation.',
      )
    }
    return args
  }
  if (operation === 'create' || operation === 'update') {
    if (publication.data?._status === 'published')
      throw forbidden('An item is published only by the final approval of its validation.')
  }
  if (operation === 'update') {
    return {
      ...args,
      draft: true,
      publishAllLocales: undefined,
      publishSpecificLocale: undefined,
      unpublishAllLocales: undefined,
    }
  }
  return args
}

/**
 * Items under review are frozen; editing a published item starts a draft revision. The
 * workflow group keeps its stored values whatever the write carries (a restored version
 * brings its own, old ones).
 */
export const guardChanges =
  ({ steps }: Pick<SanitizedCollectionOptions, 'steps'>): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !req.user || req.context[WORKFLOW_CONTEXT]) return data
    const stage: string =
      originalDoc?.workflow?.stage ?? (originalDoc?._status === 'published' ? 'published' : 'draft')
    if (stepOfStage(stage, steps)) {
      throw forbidden('This item is under review and cannot be edited: withdraw it first.')
    }
    if (stage === 'rejected' || stage === 'archived') {
      throw forbidden(`This item is ${stage} and cannot be edited.`)
    }
    const workflow = { ...(originalDoc?.workflow ?? {}) }
    if (stage === 'published') {
      if (data._status !== 'draft') {
        throw forbidden(
          'Changes to a published item are saved as a draft revision; it goes live after validation.',
        )
      }
      return { ...data, workflow: { ...workflow, stage: 'draft', returnTo: null } }
    }
    return { ...data, workflow }
  }
