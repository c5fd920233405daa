import type { Field, Tab } from 'payload'

import { translated } from '../../../i18n/translated'
import { validateOption } from '../../../fields/validators'
import { assessmentLabels, CRITERIA, criterionLabels } from '../../../contract'

/** How far the practice meets each criterion of a good practice, by its authors. */
export const selfAssessmentTab: Tab = {
  label: translated('practices:tabSelfAssessment'),
  description: translated('practices:tabSelfAssessmentHelp'),
  fields: [
    {
      name: 'selfAssessment',
      type: 'group',
      label: false,
      fields: [
        ...CRITERIA.map((criterion): Field => ({
          name: criterion,
          type: 'select',
          validate: validateOption,
          options: Object.entries(assessmentLabels).map(([value, text]) => ({ value, label: text })),
          label: criterionLabels[criterion],
        })),
        {
          name: 'notes',
          type: 'textarea',
          localized: true,
          maxLength: 2000,
          label: translated('practices:selfAssessmentNotes'),
        },
      ],
    },
  ],
}
