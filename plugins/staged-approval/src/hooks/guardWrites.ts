import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import type { SanitizedCollectionOptions } from '../types'
import { WORKFLOW_CONTEXT } from '../utilities/performTransition'
import { levelOfStage } from '../utilities/stages'

const forbidden = (message: string) => new APIError(message, 403, undefined, true)

/**
 * No way around the workflow for people: nobody asks for `_status: published`, restores a
 * version, or saves a published item other than as a draft revision. Server code acting
 * without a user (seed scripts) and the workflow itself pass.
 */
export const guardOperations: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user || req.context[WORKFLOW_CONTEXT]) return args
  if (operation === 'restoreVersion') {
    throw forbidden(
      'Restoring a version would skip validation: open the version and save it as a new draft instead.',
    )
  }
  if (operation === 'create' || operation === 'update') {
    const { data } = args as { data?: { _status?: unknown } }
    if (data?._status === 'published')
      throw forbidden('An item is published only by the final approval of its validation.')
  }
  return args
}

/** Items under review are frozen; editing a published item starts a draft revision. */
export const guardChanges =
  ({ levels }: Pick<SanitizedCollectionOptions, 'levels'>): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !req.user || req.context[WORKFLOW_CONTEXT]) return data
    const stage: string =
      originalDoc?.workflow?.stage ?? (originalDoc?._status === 'published' ? 'published' : 'draft')
    if (levelOfStage(stage, levels)) {
      throw forbidden('This item is under review and cannot be edited: withdraw it first.')
    }
    if (stage === 'rejected' || stage === 'archived') {
      throw forbidden(`This item is ${stage} and cannot be edited.`)
    }
    if (stage === 'published') {
      if (data._status !== 'draft') {
        throw forbidden(
          'Changes to a published item are saved as a draft revision; it goes live after validation.',
        )
      }
      return { ...data, workflow: { ...(originalDoc?.workflow ?? {}), stage: 'draft', returnTo: null } }
    }
    return data
  }
