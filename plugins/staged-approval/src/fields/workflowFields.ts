import type { Field } from 'payload'

import { everyLanguage } from '../translations/everyLanguage'
import { stageName, text } from '../translations/texts'
import type { SanitizedCollectionOptions } from '../types'
import { allStages } from '../utilities/stages'

const nobody = () => false

/** The workflow's own fields: readable with the item, written only by the plugin. */
export const workflowFields = (
  { slug, steps }: Pick<SanitizedCollectionOptions, 'slug' | 'steps'>,
  translations: Record<string, unknown>,
): Field => ({
  name: 'workflow',
  type: 'group',
  label: everyLanguage(translations, (texts) => text(texts, `${slug}.group`, text(texts, 'group'))),
  // The validation panel above shows the stage, the actions and the history: the group itself
  // stays out of the edit view (a second "Validation" heading) but remains a list column and a
  // filter.
  admin: { position: 'sidebar', readOnly: true, condition: () => false },
  access: { create: nobody, update: nobody },
  fields: [
    {
      name: 'stage',
      type: 'select',
      index: true,
      defaultValue: 'draft',
      label: everyLanguage(translations, (texts) => text(texts, `${slug}.stage`, text(texts, 'stage'))),
      options: allStages(steps).map((value) => ({
        value,
        label: everyLanguage(translations, (texts) => stageName(texts, value, slug)),
      })),
    },
    { name: 'revision', type: 'number', defaultValue: 0 },
    { name: 'returnTo', type: 'text', admin: { hidden: true } },
    { name: 'stageEnteredAt', type: 'date', admin: { hidden: true } },
    { name: 'remindedAt', type: 'date', admin: { hidden: true } },
    { name: 'escalatedAt', type: 'date', admin: { hidden: true } },
  ],
})

/**
 * Access for Payload's own `_status`: a request may only ever say "draft" (saving a draft);
 * anything else is dropped, so no route (duplicate, bulk edit) carries "published" over. The
 * workflow writes with access control off.
 */
export const statusAccess = {
  create: ({ data }: { data?: { _status?: unknown } }) => data?._status === 'draft',
  update: ({ data }: { data?: { _status?: unknown } }) => data?._status === 'draft',
}

export const statusField: Field = {
  name: '_status',
  type: 'select',
  options: ['draft', 'published'],
  access: statusAccess,
  admin: { hidden: true },
}
