import type { Field } from 'payload'

import { nobodyField } from '../../access/nobodyField'
import { CURRENCIES } from '../../contract/currencies'
import { FUNDING_SOURCES } from '../../contract/fundingSources'
import { fundingSourceLabels } from '../../contract/fundingSourceLabels'
import { validateNumber, validateOption, validateUrl } from '../../fields/validators'
import { translated } from '../../i18n/translated'

const serverSet = { create: nobodyField, update: nobodyField }

const amount = (name: string): Field => ({
  name,
  type: 'number',
  min: 0,
  max: 100_000_000,
  validate: validateNumber,
  label: translated(`ideaFunding:${name}` as 'ideaFunding:amountAsked'),
})

/** One source of money for an idea: asked, obtained, and for crowdfunding its page and progress. */
export const ideaFundingFields: Field[] = [
  {
    name: 'idea',
    type: 'relationship',
    relationTo: 'ideas',
    required: true,
    index: true,
    label: translated('ideaFunding:idea'),
  },
  {
    type: 'row',
    fields: [
      {
        name: 'source',
        type: 'select',
        required: true,
        options: FUNDING_SOURCES.map((value) => ({ value, label: fundingSourceLabels[value] })),
        validate: validateOption,
        label: translated('ideaFunding:source'),
      },
      {
        name: 'funder',
        type: 'text',
        maxLength: 200,
        label: translated('ideaFunding:funder'),
      },
      {
        name: 'currency',
        type: 'select',
        required: true,
        defaultValue: 'EUR',
        options: CURRENCIES.map((value) => ({ value, label: value })),
        validate: validateOption,
        label: translated('ideaFunding:currency'),
      },
    ],
  },
  { type: 'row', fields: [amount('amountAsked'), amount('amountObtained')] },
  {
    type: 'collapsible',
    label: translated('ideaFunding:crowdfunding'),
    admin: { condition: (_, sibling) => sibling?.source === 'crowdfunding' },
    fields: [
      {
        name: 'crowdfundingUrl',
        type: 'text',
        maxLength: 500,
        validate: validateUrl,
        label: translated('ideaFunding:crowdfundingUrl'),
      },
      { type: 'row', fields: [amount('crowdfundingTarget'), amount('crowdfundingRaised')] },
    ],
  },
  {
    name: 'author',
    type: 'relationship',
    relationTo: 'users',
    label: translated('ideaFunding:author'),
    access: serverSet,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'authorName',
    type: 'text',
    maxLength: 200,
    label: translated('ideaFunding:author'),
    access: serverSet,
    admin: { position: 'sidebar', readOnly: true },
  },
]
