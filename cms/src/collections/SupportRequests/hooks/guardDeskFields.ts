import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { WORKFLOW_CONTEXT } from '@redcloud/plugin-staged-approval'

const DESK_FIELDS = ['progress', 'progressNotes'] as const

/**
 * Progress is the desk's work on an accepted request: it cannot be set before acceptance. An
 * accepted request is never revised by a write (that would send it back through the chain):
 * the desk follows it up through `POST /api/support-requests/:id/desk`, which writes without a user.
 */
export const guardDeskFields: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.user || req.context[WORKFLOW_CONTEXT]) return data
  const refuse = (path: string, message: string) =>
    new ValidationError({ collection: 'support-requests', errors: [{ path, message }], req })
  const stage = (originalDoc?.workflow as { stage?: string } | undefined)?.stage
  if (stage === 'published' || originalDoc?._status === 'published')
    throw refuse(
      'progress',
      'This request has been accepted: the desk updates its progress and notes from its desk panel.',
    )
  for (const field of DESK_FIELDS) {
    if (!(field in data)) continue
    const before = JSON.stringify(originalDoc?.[field] ?? null)
    const after = JSON.stringify(data[field] ?? null)
    const empty = after === 'null' || after === '[]'
    if (before !== after && !(empty && (before === 'null' || before === '[]')))
      throw refuse(field, 'Progress and notes are set by the desk once it has accepted the request.')
  }
  return data
}
