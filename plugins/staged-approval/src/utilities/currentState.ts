import type { WorkflowDoc } from '../types'

/** Stage and revision of an item; items saved before the plugin count as draft or published. */
export const currentState = (
  doc: WorkflowDoc,
): { stage: string; revision: number; returnTo: null | string } => ({
  stage: doc.workflow?.stage ?? (doc._status === 'published' ? 'published' : 'draft'),
  revision: doc.workflow?.revision ?? 0,
  returnTo: doc.workflow?.returnTo ?? null,
})
