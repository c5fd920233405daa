import type { Tab, Validate } from 'payload'

import { relationship, text, textarea } from 'payload/shared'

import { requiredUnlessDraft } from '../../../fields/requiredUnlessDraft'
import { translated } from '../../../i18n/translated'
import { PRACTICE_MAX_ROWS, TARGET_GROUPS, targetGroupLabels } from '../../../contract'
import { requiredForReview } from '../requiredForReview'
import { validateOptions } from '../../../fields/validators'

/** What the practice is: title, summary, description, themes, objectives, innovation. */
export const practiceTab: Tab = {
  label: translated('practices:tabPractice'),
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: 160,
      label: translated('practices:title'),
      validate: requiredUnlessDraft(requiredForReview.title, text as Validate),
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      label: translated('practices:summary'),
      admin: {
        description: translated('practices:summaryHelp'),
      },
      validate: requiredUnlessDraft(requiredForReview.summary, textarea as Validate),
    },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: translated('practices:description'),
      validate: requiredUnlessDraft(requiredForReview.description),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'themes',
          type: 'relationship',
          relationTo: 'themes',
          hasMany: true,
          maxRows: PRACTICE_MAX_ROWS.themes,
          label: translated('practices:themes'),
          validate: requiredUnlessDraft(requiredForReview.themes, relationship as Validate),
        },
        {
          name: 'targetGroups',
          type: 'select',
          hasMany: true,
          options: TARGET_GROUPS.map((value) => ({ value, label: targetGroupLabels[value] })),
          label: translated('practices:targetGroups'),
          validate: requiredUnlessDraft(requiredForReview.targetGroups, validateOptions as Validate),
        },
      ],
    },
    {
      name: 'objectives',
      type: 'array',
      localized: true,
      maxRows: PRACTICE_MAX_ROWS.objectives,
      label: translated('practices:objectives'),
      labels: {
        singular: translated('practices:objectivesSingular'),
        plural: translated('practices:objectivesPlural'),
      },
      fields: [
        {
          name: 'objective',
          type: 'text',
          required: true,
          maxLength: 300,
          label: translated('practices:objectivesObjective'),
        },
      ],
    },
    {
      name: 'innovation',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      label: translated('practices:innovation'),
    },
    {
      name: 'technologies',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: translated('practices:technologies'),
    },
    {
      name: 'replicability',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      label: translated('practices:replicability'),
      admin: {
        description: translated('practices:replicabilityHelp'),
      },
    },
  ],
}
