import type { Field } from 'payload'

import { translated } from '../../i18n/translated'

const nobody = () => false

/**
 * When the practice was first published (the site's "published on", its feeds and sorting).
 * Set by `stampPublishedAt`, never by a request: later revisions and archiving keep it.
 */
export const publishedAtField: Field = {
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: translated('practices:publishedAt'),
  access: { create: nobody, update: nobody },
  admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
}
