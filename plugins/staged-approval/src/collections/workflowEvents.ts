import type { CollectionConfig, TypedUser } from 'payload'

import type { SanitizedOptions } from '../types'
import { ACTIONS } from '../types'
import { everyLanguage } from '../translations/everyLanguage'
import { stageName, text, type Texts } from '../translations/texts'
import { canReadScores } from '../scoring/canReadScores'
import { allStages } from '../utilities/stages'

const nobody = () => false

/**
 * The history: one immutable event per transition. Nobody creates, edits or deletes events
 * through the API (the plugin writes them with access control off); the unique index on
 * (itemCollection, document, revision) is what lets exactly one of two simultaneous decisions
 * win. The item's collection is not in a field named `collection`: Mongoose reserves that name
 * (a document's `collection` is its Collection object), so such a field warned at every start
 * and meant two different things on hydrated documents.
 */
export const workflowEvents = (
  options: SanitizedOptions,
  userSlug: string,
  translations: Record<string, unknown>,
): CollectionConfig => {
  // One history for every collection: its stages are those of all their chains.
  const steps = options.collections.flatMap(({ steps }) => steps)
  const stages = allStages(
    steps.filter((step, index) => steps.findIndex((s) => s.stage === step.stage) === index),
  )
  // Labels in the admin's language, as the validation panel names them: never raw values.
  const labelled = (values: readonly string[], name: (texts: Texts, value: string) => string) =>
    values.map((value) => ({ value, label: everyLanguage(translations, (texts) => name(texts, value)) }))
  return {
    slug: options.eventsSlug,
    labels: {
      singular: everyLanguage(translations, (texts) => text(texts, 'history')),
      plural: everyLanguage(translations, (texts) => text(texts, 'history')),
    },
    admin: {
      useAsTitle: 'action',
      defaultColumns: [
        'itemCollection',
        'document',
        'action',
        'from',
        'to',
        'userName',
        'userRole',
        'createdAt',
      ],
      hidden: ({ user }) => options.hideHistory({ user: (user as null | TypedUser) ?? null }),
    },
    indexes: [{ fields: ['itemCollection', 'document', 'revision'], unique: true }],
    access: {
      // The history of one item is served by GET /api/<collection>/:id/workflow, to whoever can
      // read the item; the raw collection only to those who may override the workflow.
      read: ({ req }) => (req.user ? options.canOverride({ req, user: req.user }) : false),
      create: nobody,
      update: nobody,
      delete: nobody,
      readVersions: nobody,
    },
    fields: [
      { name: 'itemCollection', type: 'text', required: true, index: true },
      { name: 'document', type: 'text', required: true, index: true },
      { name: 'revision', type: 'number', required: true },
      {
        name: 'action',
        type: 'select',
        required: true,
        options: labelled(ACTIONS, (texts, action) => text(texts, `action_${action}`, action)),
      },
      { name: 'from', type: 'select', required: true, options: labelled(stages, stageName) },
      { name: 'to', type: 'select', required: true, options: labelled(stages, stageName) },
      { name: 'user', type: 'relationship', relationTo: userSlug as 'users' },
      { name: 'userName', type: 'text' },
      { name: 'userRole', type: 'text' },
      { name: 'userLevel', type: 'text' },
      { name: 'comment', type: 'textarea', maxLength: 4000 },
      { name: 'version', type: 'text' },
      {
        // The scores given with a decision (the collection's `scoring`): only for whom its
        // `canRead` lets, by every route that reads events (REST, GraphQL, depth, a where).
        name: 'scores',
        type: 'json',
        access: { read: ({ doc, req }) => canReadScores({ doc, options, req }) },
        admin: { readOnly: true },
      },
    ],
  }
}
