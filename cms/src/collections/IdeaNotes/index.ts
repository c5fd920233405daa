import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { nobodyField } from '../../access/nobodyField'
import { readIdeaFollowUp } from '../../access/readIdeaFollowUp'
import { IDEA_LIMITS } from '../../contract/ideaLimits'
import { translated } from '../../i18n/translated'
import { checkFollowUpWriter } from '../Ideas/hooks/checkFollowUpWriter'

const serverSet = { create: nobodyField, update: nobodyField }

/**
 * DESIGN.md "Innovation Hub": dated progress notes on an idea in incubation or later, written by
 * its team, mentors and the Hub's reviewers. One document per note, so two notes written at once
 * are both kept; a note is never edited (admins may delete one).
 */
export const IdeaNotes: CollectionConfig = {
  slug: 'idea-notes',
  labels: {
    singular: translated('ideaNotes:singular'),
    plural: translated('ideaNotes:plural'),
  },
  admin: {
    useAsTitle: 'note',
    defaultColumns: ['idea', 'date', 'authorName', 'note'],
    group: translated('groups:hub'),
    description: translated('ideaNotes:collectionHelp'),
  },
  defaultSort: '-date',
  access: {
    create: authenticated,
    read: readIdeaFollowUp,
    update: nobody,
    delete: isAdmin,
    readVersions: nobody,
  },
  hooks: {
    beforeChange: [checkFollowUpWriter({ collection: 'idea-notes', mentors: true })],
  },
  fields: [
    {
      name: 'idea',
      type: 'relationship',
      relationTo: 'ideas',
      required: true,
      index: true,
      label: translated('ideaNotes:idea'),
    },
    {
      name: 'date',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      label: translated('ideaNotes:date'),
    },
    {
      name: 'note',
      type: 'textarea',
      required: true,
      maxLength: IDEA_LIMITS.note,
      label: translated('ideaNotes:note'),
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: translated('ideaNotes:author'),
      access: serverSet,
      admin: { readOnly: true },
    },
    {
      name: 'authorName',
      type: 'text',
      maxLength: 200,
      label: translated('ideaNotes:author'),
      access: serverSet,
      admin: { readOnly: true },
    },
  ],
}
