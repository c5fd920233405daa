import type { TextField } from 'payload'

import { translated } from '../i18n/translated'
import { freeSlug } from './freeSlug'
import { validatePattern } from './validators'

/** Turns any text into a URL slug: lower case ASCII words joined by dashes. */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)

/** A unique slug, filled from another field when left empty; a taken one gets a free suffix. */
export const slugField = (from: string): TextField => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  maxLength: 96,
  label: 'Slug',
  admin: {
    position: 'sidebar',
    description: translated('slug:help'),
  },
  hooks: {
    beforeValidate: [
      async ({ collection, data, originalDoc, req, value }) => {
        const source = data?.[from]
        const wanted =
          typeof value === 'string' && value.trim() !== ''
            ? slugify(value)
            : typeof source === 'string' && source.trim() !== ''
              ? slugify(source)
              : typeof originalDoc?.slug === 'string'
                ? originalDoc.slug
                : ''
        // Resolved on every write, the workflow's publication included: a draft revision is
        // stored without the unique check, and its slug may have been taken since.
        if (!wanted || !collection) return wanted || value
        return freeSlug({ base: wanted, collection: collection.slug, id: originalDoc?.id, req })
      },
    ],
  },
  validate: validatePattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and dashes only.'),
})
